package vn.cancu.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Generates the documents the ingest tests read, with the libraries Tika itself parses them with. */
final class Fixtures {

  /** A real excerpt (Lạng Sơn plan on "Dân vận khéo", 2026) and its footnote. */
  static final String PARAGRAPH_1 =
      "Thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, văn bản chỉ đạo"
          + " của Tỉnh uỷ về công tác dân vận và phong trào thi đua “Dân vận khéo”";
  static final String PARAGRAPH_2 =
      "gắn với tuyên truyền, quán triệt thực hiện các văn bản của Trung ương, của tỉnh về triển"
          + " khai công tác bầu cử đại biểu Quốc hội khóa XVI.";
  static final String FOOTNOTE =
      "Trọng tâm là: Nghị quyết số 43-NQ/TW, ngày 24/11/2023, Hội nghị lần thứ Tám Ban Chấp hành"
          + " Trung ương Đảng khóa XIII.";
  static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private Fixtures() {}

  static Path docx(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      XWPFParagraph first = doc.createParagraph();
      first.createRun().setText(PARAGRAPH_1);
      XWPFFootnote footnote = doc.createFootnote();
      footnote.createParagraph().createRun().setText(FOOTNOTE);
      first.addFootnoteReference(footnote);
      doc.createParagraph().createRun().setText(PARAGRAPH_2);
      doc.write(out);
    }
    return file;
  }

  /** A DOCX with one paragraph per entry, each set in {@code font} (e.g. "VNI-Times" for legacy text). */
  static Path docx(Path file, String font, List<String> paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (String text : paragraphs) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontFamily(font);
        run.setText(text);
      }
      doc.write(out);
    }
    return file;
  }

  /** One page per entry of {@code pages}, each page a list of lines. */
  static Path pdf(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDFont font = PDType0Font.load(doc, FONT.toFile());
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(16);
          content.newLineAtOffset(60, 720);
          for (String line : lines) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  static Path encryptedPdf(Path file) throws IOException {
    pdf(file, List.of(List.of("Kế hoạch mật")));
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  /** The DOCX fixture encrypted with a password, as Word does (agile encryption in an OLE2 file). */
  static Path encryptedDocx(Path file) throws IOException {
    byte[] plain = Files.readAllBytes(docx(file));
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("mat-khau");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(plain);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot encrypt fixture " + file, e);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  /**
   * A DOCX whose document part, 100 000 paragraphs of 1 000 letters, inflates from about
   * 100 KB to 100 MB: the parser must refuse it before reading it all.
   */
  static Path docxZipBomb(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      docxPackageParts(zip);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              + "<w:body>").getBytes(StandardCharsets.UTF_8));
      byte[] block = ("<w:p><w:r><w:t>" + "a".repeat(1000) + "</w:t></w:r></w:p>").repeat(1000).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 100; i++) {
        zip.write(block);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /** A minimal OpenDocument text file: the stored mimetype entry first, then content and manifest. */
  static Path odt(Path file, List<String> paragraphs) throws IOException {
    byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      ZipEntry stored = new ZipEntry("mimetype");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(mimetype);
      zip.closeEntry();
      StringBuilder body = new StringBuilder();
      paragraphs.forEach(p -> body.append("<text:p>").append(p).append("</text:p>"));
      entry(zip, "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
              + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
              + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
              + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
      entry(zip, "META-INF/manifest.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
              + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
              + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
              + "</manifest:manifest>");
    }
    return file;
  }

  /** The content types and relationships every DOCX needs besides its word/document.xml. */
  static void docxPackageParts(ZipOutputStream zip) throws IOException {
    entry(zip, "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    entry(zip, "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
  }

  static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
