package vn.cancu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

/** Test helper: repaired text traces back to its source. */
public final class Traceability {
  private Traceability() {}

  /** Every char of the repaired text comes from the source, except the joints put between lines. */
  public static void assertTraceable(String source, RepairedText r) {
    int[] off = r.sourceOffsets();
    assertEquals(r.text().length() + 1, off.length);
    for (int i = 0; i < r.text().length(); i++) {
      char c = r.text().charAt(i);
      char s = source.charAt(off[i]);
      if (c == ' ' || c == '\n') {
        assertTrue(Character.isWhitespace(s) || s == '\f', "joint " + i + " maps to '" + s + "'");
      } else {
        // A char composed by NFC maps to the base letter of its decomposed source.
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        assertTrue(c == s || base == s, "char " + i + " '" + c + "' maps to '" + s + "'");
      }
    }
    int bodyEnd = r.footnotesStart() < r.text().length() ? r.footnotesStart() - 1 : r.footnotesStart();
    for (int i = 1; i < bodyEnd; i++) {
      assertTrue(off[i] >= off[i - 1], "offsets go back at " + i);
    }
  }

}
