package vn.cancu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class VietnameseSyllableTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "/ingest/syllables.tsv", delimiter = '\t')
  void judgesSyllables(String word, boolean valid) {
    assertEquals(valid, VietnameseSyllable.isValid(word));
  }
}
