package vn.cancu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SourceIdsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/ingest/source-ids.tsv", delimiter = '\t', ignoreLeadingAndTrailingWhitespace = false)
  void slugsFileNames(String fileName, String sourceId) {
    assertEquals(sourceId, SourceIds.fromFileName(fileName));
  }
}
