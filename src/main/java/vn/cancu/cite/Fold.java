package vn.cancu.cite;

/**
 * Length-preserving folding for matching words in text: lower case, ð read as đ, and the old tone
 * placement (hoà, uỷ) mapped to the new one (hòa, ủy), since laws and plans write both
 * (QĐ 1989/QĐ-BGDĐT Điều 8 prefers the latter). Offsets in the folded text equal those in the source.
 */
final class Fold {
  private static final String OLD = "àáảãạèéẻẽẹỳýỷỹỵ";
  private static final String NEW_O = "òóỏõọòóỏõọ";
  private static final String NEW_U = "ùúủũụ";

  private Fold() {}

  static String fold(CharSequence s) {
    char[] c = new char[s.length()];
    for (int i = 0; i < c.length; i++) {
      char x = Character.toLowerCase(s.charAt(i));
      c[i] = x == 'ð' ? 'đ' : x;
    }
    for (int i = 1; i < c.length; i++) {
      int k = OLD.indexOf(c[i]);
      if (k < 0) continue;
      if (c[i - 1] == 'o' && k < 10) {
        c[i - 1] = NEW_O.charAt(k);
        c[i] = k < 5 ? 'a' : 'e';
      } else if (c[i - 1] == 'u' && k >= 10 && (i + 1 >= c.length || !Character.isLetter(c[i + 1]))) {
        c[i - 1] = NEW_U.charAt(k - 10);
        c[i] = 'y';
      }
    }
    return new String(c);
  }
}
