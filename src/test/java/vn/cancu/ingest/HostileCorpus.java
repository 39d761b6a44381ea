package vn.cancu.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipOutputStream;
import vn.cancu.text.Html;

/**
 * Test helper for the reliability suite: writes hostile and broken files into a plans folder, each
 * with what the pipeline must do with it. Files are generated, never stored as blobs. A readable one
 * is a real plan (the Nghệ An seed) carrying a made-up marker word, so a search proves its text
 * arrived intact; an unreadable one must be reported with a reason matching {@code skipReason}.
 */
public final class HostileCorpus {
  /** The plan readable hostile files are made of, and a sentence of it the search must find. */
  public static final Path BASE = Path.of("corpus", "plans", "nghe-an_ke-hoach-dan-van-chinh-quyen-2026.txt");
  public static final String PHRASE = "Trung tâm Phục vụ hành chính công";

  /**
   * One hostile file.
   *
   * @param fileName its name in the plans folder
   * @param what what it tries, for messages
   * @param skipReason regex the skip reason must match, or null when the file must be indexed
   * @param marker a word only this file contains (null when skipped): searching it with {@link
   *     #PHRASE} must find the file's plan
   */
  public record Case(String fileName, String what, String skipReason, String marker) {
    public boolean indexed() {
      return skipReason == null;
    }

    Case refused(String reason) {
      return new Case(fileName, what, reason, null);
    }

    public String sourceId() {
      return SourceIds.fromFileName(fileName);
    }
  }

  private HostileCorpus() {}

  /** Writes every case into {@code plans} and returns them. */
  public static List<Case> write(Path plans) throws IOException {
    String base = Files.readString(BASE, StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    byte[] noise = new byte[64 << 10];
    new Random(7).nextBytes(noise);

    cases.add(bytes(plans, new Case("rong.txt", "zero-byte file", "empty file", null), new byte[0]));
    cases.add(bytes(plans, new Case("nhieu.pdf", "random bytes named .pdf", "not a PDF \\(content is .*\\)", null), noise));
    cases.add(bytes(plans, new Case("nhieu.docx", "random bytes named .docx", "not a DOCX \\(content is .*\\)", null), noise));
    cases.add(bytes(plans, new Case("nhieu.txt", "random bytes named .txt", "not a text file \\(binary content\\)", null), noise));
    if (Files.exists(Fixtures.FONT)) {
      Path whole = Fixtures.pdf(Files.createTempFile("whole", ".pdf"), List.of(List.of("Kế hoạch", PHRASE)));
      byte[] all = Files.readAllBytes(whole);
      Files.delete(whole);
      cases.add(bytes(plans, new Case("cut.pdf", "truncated PDF", "unreadable PDF: .+", null), Arrays.copyOf(all, all.length / 3)));
      Fixtures.encryptedPdf(plans.resolve("mat.pdf"));
      cases.add(new Case("mat.pdf", "encrypted PDF", "encrypted document", null));
    }
    Fixtures.encryptedDocx(plans.resolve("mat.docx"));
    cases.add(new Case("mat.docx", "encrypted DOCX", "encrypted document", null));
    Fixtures.docxZipBomb(plans.resolve("bom.docx"));
    cases.add(new Case("bom.docx", "DOCX zip bomb (100 KB → 100 MB)", "zip bomb", null));
    cases.add(fiftyMegabytes(plans, base));

    // Tika refuses more than 100 levels of elements (a parser could exhaust the stack on them).
    String nested = "too deeply nested \\(more than 100 levels of elements\\)";
    cases.add(text(plans, "long-div.html", "10 000 nested <div> and <table>", "zqhtml", base, HostileCorpus::nestedHtml)
        .refused(nested));
    cases.add(text(plans, "long-bang.docx", "10 000 nested DOCX tables", "zqdocx", base, HostileCorpus::nestedDocx)
        .refused(nested));
    cases.add(text(plans, "tcvn3.txt", "TCVN3 (ABC) bytes", "zqtcvn", base,
        t -> LegacyEncoder.tcvn3().encode(t).getBytes(StandardCharsets.ISO_8859_1)));
    cases.add(text(plans, "vni.txt", "VNI bytes", "zqvni", base,
        t -> LegacyEncoder.vni().encode(t).getBytes(StandardCharsets.ISO_8859_1)));
    cases.add(text(plans, "cp1258.txt", "Windows-1258 bytes", "zqcp", base, IngestorTest::windows1258));
    cases.add(text(plans, "nul.txt", "NUL and control characters", "zqnul", base, HostileCorpus::withControls));
    cases.add(text(plans, "Kế hoạch số 01 (bản cuối) #2 <img src=x onerror=alert(1)>.txt",
        "Vietnamese and markup in the file name", "zqname", base, t -> t.getBytes(StandardCharsets.UTF_8)));
    // Two names with one sourceId: the first in path order wins, the other must be reported.
    cases.add(text(plans, "Kế hoạch trùng.txt", "a name sharing its sourceId with another file", "zqtrung", base,
        t -> t.getBytes(StandardCharsets.UTF_8)));
    cases.add(bytes(plans, new Case("ke-hoach-trung.txt", "a second file with the same sourceId",
        "duplicate plan id ke-hoach-trung .*", null), base.getBytes(StandardCharsets.UTF_8)));
    return cases;
  }

  private interface Encoding {
    byte[] encode(String text) throws IOException;
  }

  private static Case text(Path plans, String name, String what, String marker, String base, Encoding encoding)
      throws IOException {
    String plan = base.replace(PHRASE + ".", PHRASE + ". Mô hình " + marker + ".");
    if (plan.equals(base)) throw new IllegalStateException("the phrase is gone from " + BASE);
    Files.write(plans.resolve(name), encoding.encode(plan));
    return new Case(name, what, null, marker);
  }

  private static Case bytes(Path plans, Case c, byte[] content) throws IOException {
    Files.write(plans.resolve(c.fileName()), content);
    return c;
  }

  /** 50 MB of real UTF-8 text, written in blocks: must be refused without holding it all in memory. */
  private static Case fiftyMegabytes(Path plans, String base) throws IOException {
    byte[] block = base.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(plans.resolve("to-50mb.txt"))) {
      for (long written = 0; written < 50L << 20; written += block.length) out.write(block);
    }
    return new Case("to-50mb.txt", "50 MB text file", "text longer than \\d+ chars", null);
  }

  /** Each line a paragraph, inside 10 000 nested divs, then 10 000 nested tables. */
  private static byte[] nestedHtml(String text) {
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
    html.append("<div>".repeat(10_000));
    for (String line : text.split("\n")) html.append("<p>").append(Html.escape(line)).append("</p>\n");
    html.append("</div>".repeat(10_000));
    html.append("<table><tr><td>".repeat(10_000)).append("ô").append("</td></tr></table>".repeat(10_000));
    return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The plan's paragraphs, then a cell nested 10 000 tables deep. */
  private static byte[] nestedDocx(String text) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(Html.escape(line)).append("</w:t></w:r></w:p>");
    }
    body.append("<w:tbl><w:tr><w:tc>".repeat(10_000)).append("<w:p><w:r><w:t>ô</w:t></w:r></w:p>")
        .append("</w:tc></w:tr></w:tbl>".repeat(10_000)).append("<w:p/>");
    var bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      Fixtures.docxPackageParts(zip);
      Fixtures.entry(zip, "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
              + body + "</w:body></w:document>");
    }
    return bytes.toByteArray();
  }

  /** NUL, BEL, ESC, VT, DEL and C1 controls sprinkled between words, NUL padding at the end. */
  private static byte[] withControls(String text) {
    String controls = "\u0000\u0007\u001b\u000b\u007f\u0085\u0000";
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (String word : text.split(" ", -1)) {
      if (i++ > 0) out.append(' ');
      out.append(word);
      if (i % 7 == 0) out.append(controls.charAt(i % controls.length()));
    }
    out.append("\u0000".repeat(512));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
