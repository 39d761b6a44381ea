package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class QuotedPhrasesTest {
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/wording/quotes.tsv", delimiter = '\t', quoteCharacter = '\0')
  void finds(String written, String expected) {
    String text = written.replace('⏎', '\n');
    List<String> got = new QuotedPhrases().find(text, 0, text.length()).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
    assertEquals(List.of(expected.split(" \\| ")), got);
  }
}
