package vn.cancu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class OutlineLabelTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/text/outline-labels.tsv", delimiter = '\t', quoteCharacter = '`')
  void recognizes(String start, String kind, String label, Integer value) {
    Optional<OutlineLabel> found = OutlineLabel.at(start);
    if (kind.equals("none")) {
      assertTrue(found.isEmpty(), () -> "unexpected " + found.get());
      return;
    }
    OutlineLabel l = found.orElseThrow(() -> new AssertionError("no label in " + start));
    assertEquals(OutlineLabel.Kind.valueOf(kind), l.kind());
    assertEquals(label, l.label());
    assertEquals(value, l.value());
    // The label's end is past the spaces after it: the heading starts there.
    assertTrue(l.end() == start.length() || !Character.isWhitespace(start.charAt(l.end())), "end " + l.end());
  }
}
