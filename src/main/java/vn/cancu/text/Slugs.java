package vn.cancu.text;

import java.util.Locale;

/**
 * ASCII slugs for ids and URLs: Vietnamese letters lose their marks (đ becomes d, see
 * {@link Diacritics}), lower case, every run of other characters becomes one '-', and '-' and '.' are
 * trimmed at both ends. "Lạng Sơn" → "lang-son"; "Ủy ban (bản cuối) #2" → "uy-ban-ban-cuoi-2".
 */
public final class Slugs {

  private Slugs() {}

  /** The slug of a name, in {@code [a-z0-9-]}; empty when nothing is left. */
  public static String of(String name) {
    return of(name, "");
  }

  /**
   * The slug keeping also the characters of {@code kept} (for file names "._": "v1.2 kế hoạch.final" →
   * "v1.2-ke-hoach.final"); empty when nothing is left.
   */
  public static String of(String name, String kept) {
    String plain = Diacritics.fold(VietnameseNormalizer.nfc(name)).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || kept.indexOf(c) >= 0) {
        out.append(c);
      } else if (out.isEmpty() || out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && isEdge(out.charAt(start))) start++;
    while (end > start && isEdge(out.charAt(end - 1))) end--;
    return out.substring(start, end);
  }

  private static boolean isEdge(char c) {
    return c == '-' || c == '.';
  }
}
