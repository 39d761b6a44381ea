package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/wording/sentences.tsv", delimiter = '\t', quoteCharacter = '\0')
  void splits(String written, String expected) {
    String text = written.replace('⏎', '\n');
    List<String> got = splitter.split(text, 0, text.length()).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
    assertEquals(List.of(expected.split(" \\| ")), got);
  }
}
