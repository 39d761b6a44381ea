package vn.cancu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ToneMarksTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvFileSource(resources = "/text/tone-marks.tsv", delimiter = '\t', numLinesToSkip = 1)
  void normalizesToOneConvention(String input, String expected, String note) {
    String nfc = Normalizer.normalize(input, Normalizer.Form.NFC);
    String normalized = ToneMarks.normalize(nfc);
    assertEquals(Normalizer.normalize(expected, Normalizer.Form.NFC), normalized, note);
    assertEquals(nfc.length(), normalized.length(), "length preserved: " + note);
    assertEquals(normalized, ToneMarks.normalize(normalized), "idempotent: " + note);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvFileSource(resources = "/text/diacritics.tsv", delimiter = '\t', numLinesToSkip = 1)
  void foldsDiacritics(String input, String expected, String note) {
    assertEquals(expected, Diacritics.fold(input), note);
    assertEquals(expected, Diacritics.fold(Normalizer.normalize(input, Normalizer.Form.NFD)), "NFD input: " + note);
  }
}
