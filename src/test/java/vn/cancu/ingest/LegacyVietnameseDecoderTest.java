package vn.cancu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class LegacyVietnameseDecoderTest {

  private static final Path SEEDS = Path.of("corpus/plans");
  private final LegacyVietnameseDecoder decoder = new LegacyVietnameseDecoder();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "/ingest/legacy-known.tsv", delimiter = '\t')
  void decodesKnownLegacyStrings(String encoding, String legacy, String unicode) {
    Optional<LegacyVietnameseDecoder.Decoded> decoded = decoder.decode(legacy);
    assertTrue(decoded.isPresent(), legacy);
    assertEquals(encoding, decoded.get().encoding());
    assertEquals(unicode, decoded.get().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/ingest/legacy-negatives.tsv", delimiter = '\t')
  void leavesOtherTextAlone(String text) {
    assertEquals(Optional.empty(), decoder.decode(text));
  }

  static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.sorted().toList();
    }
  }

  /** Latin-1 symbols the seeds use (superscript footnote marks, ...) that a legacy font would not hold. */
  private static boolean encodable(String line) {
    return line.chars().noneMatch(c -> c >= 0x80 && c <= 0xFF && !Character.isLetter(c));
  }

  private static String excerpt(Path seed) throws IOException {
    return Files.readAllLines(seed).stream()
        .filter(LegacyVietnameseDecoderTest::encodable)
        .collect(Collectors.joining("\n"));
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Words of two or more letters written all in capitals, e.g. "KẾ HOẠCH". */
  private static List<String> capsWords(String text) {
    return Pattern.compile("\\p{Lu}{2,}(?!\\p{L})").matcher(text).results().map(m -> m.group()).toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tcvn3RoundTripOfSeedPlan(Path seed) throws IOException {
    LegacyEncoder tcvn3 = LegacyEncoder.tcvn3();
    String original = excerpt(seed);
    var decoded = decoder.decode(tcvn3.encode(original)).orElseThrow();
    assertEquals("TCVN3", decoded.encoding());
    // Capitals with tones have no TCVN3 code: all-caps words come back upper case, but a lone
    // capital ("Ủy") can only come back lower case.
    assertEquals(lower(nfc(original)), lower(decoded.text()));
    assertEquals(capsWords(nfc(original)), capsWords(decoded.text()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void vniRoundTripOfSeedPlan(Path seed) throws IOException {
    String original = excerpt(seed);
    var decoded = decoder.decode(LegacyEncoder.vni().encode(original)).orElseThrow();
    assertEquals("VNI", decoded.encoding());
    assertEquals(nfc(original), decoded.text());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void unicodeSeedPlansAreLeftAlone(Path seed) throws IOException {
    assertEquals(Optional.empty(), decoder.decode(Files.readString(seed)));
  }

  @Test
  void unicodeParagraphsOfAMixedDocumentStayAsTheyAre() {
    String unicode = "Căn cứ Kế hoạch số 18-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận.";
    String legacy = LegacyEncoder.tcvn3().encode("Tổ chức thực hiện phong trào thi đua dân vận khéo giai đoạn 2026 - 2030.");
    String decoded = decoder.decode(unicode + "\n" + legacy).orElseThrow().text();
    assertEquals(
        unicode + "\nTổ chức thực hiện phong trào thi đua dân vận khéo giai đoạn 2026 - 2030.", decoded);
  }

  @Test
  void everyTableEntryRoundTrips() {
    for (String[] row : ResourceTables.rows("tcvn3.tsv")) {
      assertEquals(row[1], LegacyCharset.TCVN3.convert(row[0]), row[2]);
    }
    for (String[] row : ResourceTables.rows("vni.tsv")) {
      assertEquals(row[1], LegacyCharset.VNI.convert(row[0]), row[0]);
      assertFalse(row[1].isBlank());
    }
  }
}
