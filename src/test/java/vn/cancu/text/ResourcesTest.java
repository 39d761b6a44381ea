package vn.cancu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {

  @Test
  void keepsDataLinesAsWrittenAndSkipsCommentsAndBlankLines() {
    assertEquals(List.of("Căn cứ\tone", "Thực hiện\ttwo\t"), Resources.lines("/text/resources-sample.tsv"));
  }

  @Test
  void aMissingResourceIsNamedInTheError() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Resources.lines("/text/no-such.tsv"));
    assertEquals("missing resource /text/no-such.tsv", e.getMessage());
  }
}
