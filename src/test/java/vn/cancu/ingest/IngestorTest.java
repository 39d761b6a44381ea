package vn.cancu.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  private static final String TITLE_LINE = "Cộng hoà xã hội chủ nghĩa Việt Nam";
  private static final String SENTENCE =
      "Tổ chức triển khai hiệu quả Kế hoạch số 18-KH/TU, ngày 04/02/2026 của Ban Thường vụ Tỉnh ủy.";

  @TempDir Path dir;
  private final Ingestor ingestor = new Ingestor(IngestLimits.defaults());

  private ExtractedText ingested(Path file) {
    IngestOutcome outcome = ingestor.ingest(file);
    return assertInstanceOf(Ingested.class, outcome, () -> outcome.toString()).text();
  }

  private static String skipReason(IngestOutcome outcome) {
    return assertInstanceOf(Skipped.class, outcome, () -> outcome.toString()).reason();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void docxGivesParagraphsOnTheirOwnLinesAndTheFootnote() throws IOException {
    ExtractedText text = ingested(Fixtures.docx(dir.resolve("ke-hoach.docx")));
    assertAll(
        () -> assertEquals("ke-hoach", text.sourceId()),
        () -> assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", text.mediaType()),
        () -> assertTrue(text.text().contains(Fixtures.PARAGRAPH_1), text.text()),
        () -> assertTrue(text.text().contains("\n" + Fixtures.PARAGRAPH_2), text.text()),
        () -> assertTrue(text.text().contains(Fixtures.FOOTNOTE), text.text()));
  }

  @Test
  void pdfKeepsLinesAndMarksPageBreaksWithFormFeed() throws IOException {
    assumeTrue(Files.exists(Fixtures.FONT), "needs the DejaVu Sans font at " + Fixtures.FONT);
    Path pdf = Fixtures.pdf(dir.resolve("ke-hoach.pdf"),
        List.of(List.of(TITLE_LINE, "Độc lập - Tự do - Hạnh phúc"), List.of(SENTENCE)));
    ExtractedText text = ingested(pdf);
    assertEquals("application/pdf", text.mediaType());
    assertEquals("2", text.metadata().get("pages"));
    String body = text.text().strip();
    assertEquals(TITLE_LINE + "\nĐộc lập - Tự do - Hạnh phúc\n\f" + SENTENCE, body);
  }

  @Test
  void htmlGivesTheTextOfTheBody() throws IOException {
    Path html = write("ke-hoach.html", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Kế hoạch</title></head>"
        + "<body><p>" + TITLE_LINE + "</p><p>" + SENTENCE + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    ExtractedText text = ingested(html);
    assertEquals("text/html", text.mediaType());
    assertEquals("Kế hoạch", text.metadata().get("title"));
    assertEquals(TITLE_LINE + "\n" + SENTENCE, text.text().strip());
  }

  @Test
  void htmlSetInTheVnTimeFontIsConvertedFromTcvn3() throws IOException {
    String legacy = LegacyEncoder.tcvn3().encode(SENTENCE);
    Path html = write("cu.htm", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
        + "<body><p><font face=\".VnTime\">" + legacy + "</font></p></body></html>").getBytes(Charset.forName("windows-1252")));
    ExtractedText text = ingested(html);
    assertEquals(SENTENCE, text.text().strip());
    assertEquals("TCVN3", text.metadata().get("legacy-encoding"));
  }

  @Test
  void docxParagraphsSetInVniTimesAreConvertedAndUnicodeOnesKept() throws IOException {
    String unicode = "Căn cứ Kế hoạch số 18-KH/TU của Ban Thường vụ Tỉnh ủy.";
    Path docx = Fixtures.docx(dir.resolve("vni.docx"), "VNI-Times",
        List.of(LegacyEncoder.vni().encode(TITLE_LINE), unicode, LegacyEncoder.vni().encode(SENTENCE)));
    ExtractedText text = ingested(docx);
    assertEquals(TITLE_LINE + "\n" + unicode + "\n" + SENTENCE, text.text().strip());
    assertEquals("VNI", text.metadata().get("legacy-encoding"));
  }

  @Test
  void textFilesInEveryCommonCharsetKeepTheirLineBreaks() throws IOException {
    String original = TITLE_LINE + "\n\n" + SENTENCE + "\r\n\tcủa Ban Thường vụ\n";
    String expected = TITLE_LINE + "\n\n" + SENTENCE + "\n\tcủa Ban Thường vụ\n";
    byte[] utf16 = original.getBytes(StandardCharsets.UTF_16);
    assertAll(
        () -> assertEquals(expected, ingested(write("utf8.txt", original.getBytes(StandardCharsets.UTF_8))).text()),
        () -> assertEquals(expected, ingested(write("utf16.txt", utf16)).text()),
        () -> assertEquals(expected, ingested(write("utf16le.txt", original.getBytes(StandardCharsets.UTF_16LE))).text()),
        () -> assertEquals(expected, ingested(write("cp1258.txt", windows1258(original))).text()),
        () -> assertEquals("windows-1258", ingested(dir.resolve("cp1258.txt")).metadata().get("charset")));
  }

  /** Windows-1258 has ă, â, ê, ô, ơ, ư, đ but writes tones as combining marks after the letter. */
  static byte[] windows1258(String text) {
    String tones = "\u0300\u0301\u0303\u0309\u0323";
    StringBuilder composed = new StringBuilder();
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    for (int i = 0; i < nfd.length(); ) {
      int end = i + 1;
      while (end < nfd.length() && Character.getType(nfd.charAt(end)) == Character.NON_SPACING_MARK) {
        end++;
      }
      String cluster = nfd.substring(i, end);
      StringBuilder base = new StringBuilder();
      StringBuilder tone = new StringBuilder();
      for (char c : cluster.toCharArray()) {
        (tones.indexOf(c) >= 0 ? tone : base).append(c);
      }
      composed.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
      i = end;
    }
    return composed.toString().getBytes(Charset.forName("windows-1258"));
  }

  @Test
  void legacyTextFilesAreConvertedToUnicode() throws IOException {
    String plan = TITLE_LINE + "\n" + SENTENCE + "\n";
    byte[] tcvn3 = LegacyEncoder.tcvn3().encode(plan).getBytes(StandardCharsets.ISO_8859_1);
    byte[] vni = LegacyEncoder.vni().encode(plan).getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(plan, ingested(write("tcvn3.txt", tcvn3)).text());
    assertEquals(plan, ingested(write("vni.txt", vni)).text());
  }

  @Test
  void controlCharactersAreRemovedButTabsAndLineBreaksStay() throws IOException {
    String dirty = "Kế\u0000 hoạch\u0007 số 01\u001b\n\t" + SENTENCE + "\u000b" + "\u0000".repeat(64);
    ExtractedText text = ingested(write("nul.txt", dirty.getBytes(StandardCharsets.UTF_8)));
    assertEquals("Kế hoạch số 01\n\t" + SENTENCE, text.text());
  }

  @Test
  void oddVietnameseFileNamesGiveAUrlSafeSourceId() throws IOException {
    ExtractedText text = ingested(write("Kế hoạch số 01 (bản cuối) #2.txt", SENTENCE.getBytes(StandardCharsets.UTF_8)));
    assertEquals("ke-hoach-so-01-ban-cuoi-2", text.sourceId());
    assertEquals("Kế hoạch số 01 (bản cuối) #2.txt", text.fileName());
  }

  @Test
  void missingFilesAndFoldersAreSkipped() throws IOException {
    assertEquals("no such file", skipReason(ingestor.ingest(dir.resolve("khong-co.pdf"))));
    assertEquals("not a regular file", skipReason(ingestor.ingest(Files.createDirectory(dir.resolve("thu-muc.txt")))));
  }

  @Test
  void odtGivesItsParagraphs() throws IOException {
    ExtractedText text = ingested(Fixtures.odt(dir.resolve("ke-hoach.odt"), List.of(TITLE_LINE, SENTENCE)));
    assertEquals("application/vnd.oasis.opendocument.text", text.mediaType());
    assertEquals(TITLE_LINE + "\n" + SENTENCE, text.text().strip());
  }

  @Test
  void emptyFilesAreSkipped() throws IOException {
    assertEquals("empty file", skipReason(ingestor.ingest(write("trong.pdf", new byte[0]))));
    assertEquals("empty file", skipReason(ingestor.ingest(write("trong.txt", new byte[0]))));
  }

  @Test
  void randomBytesNamedAsDocumentsAreSkipped() throws IOException {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    assertEquals("not a PDF (content is application/octet-stream)", skipReason(ingestor.ingest(write("noise.pdf", noise))));
    assertEquals("not a DOCX (content is application/octet-stream)", skipReason(ingestor.ingest(write("noise.docx", noise))));
    assertEquals("not a text file (binary content)", skipReason(ingestor.ingest(write("noise.txt", noise))));
  }

  @Test
  void truncatedPdfIsSkippedWithTheParserReason() throws IOException {
    assumeTrue(Files.exists(Fixtures.FONT), "needs the DejaVu Sans font at " + Fixtures.FONT);
    byte[] whole = Files.readAllBytes(Fixtures.pdf(dir.resolve("whole.pdf"), List.of(List.of(SENTENCE))));
    String reason = skipReason(ingestor.ingest(write("cut.pdf", Arrays.copyOf(whole, whole.length / 3))));
    assertTrue(reason.startsWith("unreadable PDF: "), reason);
  }

  @Test
  void encryptedPdfIsSkipped() throws IOException {
    assumeTrue(Files.exists(Fixtures.FONT), "needs the DejaVu Sans font at " + Fixtures.FONT);
    assertEquals("encrypted document", skipReason(ingestor.ingest(Fixtures.encryptedPdf(dir.resolve("mat.pdf")))));
  }

  @Test
  void encryptedDocxIsSkipped() throws IOException {
    assertEquals("encrypted document", skipReason(ingestor.ingest(Fixtures.encryptedDocx(dir.resolve("mat.docx")))));
  }

  @Test
  void docxZipBombIsSkipped() throws IOException {
    assertEquals("zip bomb", skipReason(ingestor.ingest(Fixtures.docxZipBomb(dir.resolve("bomb.docx")))));
  }

  @Test
  void limitsAreEnforced() throws IOException {
    Ingestor strict = new Ingestor(new IngestLimits(2048, 100, Duration.ofSeconds(30)));
    Path big = write("big.txt", "a".repeat(3000).getBytes(StandardCharsets.US_ASCII));
    Path longText = write("long.txt", SENTENCE.repeat(2).getBytes(StandardCharsets.UTF_8));
    Path longDocx = Fixtures.docx(dir.resolve("long.docx"));
    assertAll(
        () -> assertEquals("too large: 2.9 KB > 2 KB limit", skipReason(strict.ingest(big))),
        () -> assertEquals("text longer than 100 chars", skipReason(strict.ingest(longText))),
        () -> assertEquals("text longer than 100 chars",
            skipReason(new Ingestor(new IngestLimits(1 << 20, 100, Duration.ofSeconds(30))).ingest(longDocx))));
  }

  @Test
  void slowParsesTimeOut() throws IOException {
    Path html = write("dai.html", ("<html><body>" + ("<p>" + SENTENCE + "</p>").repeat(20_000) + "</body></html>")
        .getBytes(StandardCharsets.UTF_8));
    Ingestor hasty = new Ingestor(new IngestLimits(64 << 20, 5_000_000, Duration.ofMillis(1)));
    assertEquals("parse timed out after 1 ms", skipReason(hasty.ingest(html)));
  }

  @Test
  void ingestAllReportsEveryFileInPathOrder() throws IOException {
    Fixtures.docx(dir.resolve("a-tot.docx"));
    write("b-trong.txt", new byte[0]);
    Files.createDirectories(dir.resolve("c-thu-muc"));
    write("c-thu-muc/d-tot.txt", SENTENCE.getBytes(StandardCharsets.UTF_8));
    write("e-hong.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8));
    write(".an.txt", SENTENCE.getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(dir.resolve(".git"));
    write(".git/config.txt", SENTENCE.getBytes(StandardCharsets.UTF_8));
    write("README.md", "# notes".getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(dir.resolve("f-lien-ket.txt"), dir.resolve("c-thu-muc/d-tot.txt"));
    Files.createSymbolicLink(dir.resolve("g-lien-ket-hong.txt"), dir.resolve("khong-co.txt"));
    Files.createSymbolicLink(dir.resolve("h-thu-muc-lien-ket"), dir.resolve("c-thu-muc"));

    List<IngestOutcome> outcomes = ingestor.ingestAll(dir);

    // a link counts as the file it points to; a dangling one and a linked folder are no source
    assertEquals(
        List.of("a-tot.docx", "b-trong.txt", "c-thu-muc/d-tot.txt", "e-hong.pdf", "f-lien-ket.txt"),
        outcomes.stream().map(o -> dir.relativize(o.file()).toString()).toList());
    assertInstanceOf(Ingested.class, outcomes.get(0));
    assertEquals("empty file", skipReason(outcomes.get(1)));
    assertEquals(SENTENCE, ((Ingested) outcomes.get(2)).text().text());
    assertEquals("not a PDF (content is text/plain)", skipReason(outcomes.get(3)));
    assertFalse(outcomes.stream().anyMatch(o -> o.file().getFileName().toString().startsWith(".")));
  }
}
