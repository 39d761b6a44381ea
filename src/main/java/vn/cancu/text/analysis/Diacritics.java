package vn.cancu.text.analysis;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Removes Vietnamese (and other Latin) diacritics, including the stroke of đ: "Đình Lập" → "Dinh Lap". */
public final class Diacritics {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");

  private Diacritics() {}

  public static String fold(String s) {
    if (isAscii(s)) {
      return s;
    }
    String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    // đ/Đ have no decomposition in Unicode: the stroke is part of the letter.
    return Normalizer.normalize(stripped.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFC);
  }

  static boolean isAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
