package vn.cancu.cite;

import vn.cancu.text.ToneMarks;

/**
 * Length-preserving folding for matching words in text: lower case (char by char, so never a change
 * of length), ð read as đ, and one tone placement (hoà → hòa, uỷ → ủy, see {@link ToneMarks}), since
 * laws and plans write both. Offsets in the folded text equal those in the source.
 */
final class Fold {
  private Fold() {}

  static String fold(CharSequence s) {
    char[] c = new char[s.length()];
    for (int i = 0; i < c.length; i++) {
      char x = Character.toLowerCase(s.charAt(i));
      c[i] = x == 'ð' ? 'đ' : x;
    }
    ToneMarks.normalize(c, c.length);
    return new String(c);
  }
}
