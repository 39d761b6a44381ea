package vn.cancu.text;

import java.text.Normalizer;

/** Removes Vietnamese (and other Latin) diacritics, including the stroke of đ: "Đình Lập" → "Dinh Lap". */
public final class Diacritics {

  private Diacritics() {}

  public static String fold(String s) {
    if (isAscii(s)) {
      return s;
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        // đ/Đ have no decomposition in Unicode: the stroke is part of the letter.
        sb.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
      }
    }
    return isAscii(sb) ? sb.toString() : Normalizer.normalize(sb, Normalizer.Form.NFC);
  }

  public static boolean isAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
