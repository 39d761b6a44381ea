package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds symbol-shaped tokens of the three numbering families in linear time: a cheap check at each
 * digit run ("digits, optional spaces, then / or -") guards a bounded regex anchored there. Spaces and
 * up to a few line breaks are allowed inside a symbol, since hard-wrapped text splits "43-\nKL/TW".
 */
final class SymbolScanner {
  /** A symbol as found: [start, end) in the text and its number's end. */
  record Hit(int start, int end, int numberEnd) {}

  private static final String S = "[\\s\\u00a0]{0,8}+";
  private static final String SEG = "[\\p{L}\\d]*+";
  /** A code: segments joined by "-"; a segment after a spaced or wrapped hyphen must be upper case. */
  private static final String CODE =
      "\\p{L}" + SEG
          + "(?:-(?=[\\p{L}\\d])" + SEG
          + "|[ \\t]{0,3}+-[\\s\\u00a0]{1,6}+[\\p{Lu}\\d][\\p{Lu}\\d]*+[gr]?+(?![\\p{L}\\d])"
          + "|[ \\t]{1,3}+-[\\p{Lu}\\d][\\p{Lu}\\d]*+[gr]?+(?![\\p{L}\\d]))*+";
  private static final Pattern SYMBOL =
      Pattern.compile(
          "\\d{1,5}+(?:"
              + S + "/" + S + "(?:19|20)\\d\\d" + S + "/" + S + CODE
              + "|" + S + "-" + S + "\\p{L}{1,6}+" + S + "/" + S + CODE
              + "|" + S + "/" + S + CODE
              + "|-\\p{L}{2,6}+"
              + ")(?![\\p{L}\\d])");

  private SymbolScanner() {}

  static List<Hit> scan(CharSequence text) {
    List<Hit> hits = new ArrayList<>();
    Matcher m = SYMBOL.matcher(text);
    m.useTransparentBounds(true);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < n && isDigit(text.charAt(runEnd))) runEnd++;
      if (runEnd - i <= 5 && startsClean(text, i) && separatorFollows(text, runEnd)) {
        m.region(i, Math.min(n, i + 160));
        if (m.lookingAt()) {
          hits.add(new Hit(i, m.end(), runEnd));
          i = m.end();
          continue;
        }
      }
      i = runEnd;
    }
    return hits;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Not the tail of a word, a date or another symbol. */
  private static boolean startsClean(CharSequence text, int i) {
    if (i == 0) return true;
    char p = text.charAt(i - 1);
    return !(Character.isLetter(p) || p == '/' || p == '.' || p == '-' || p == '_');
  }

  /**
   * Cheap test before the regex: a separator, then a letter (33/CT-TTg, 5-CT/TU) or a year and a
   * slash (59/2023/NĐ-CP). Dates ("26/11/2021") and periods ("2021-2030") fail here.
   */
  private static boolean separatorFollows(CharSequence text, int j) {
    int n = text.length();
    int k = skipSpace(text, j, n);
    if (k >= n || (text.charAt(k) != '/' && text.charAt(k) != '-')) return false;
    k = skipSpace(text, k + 1, n);
    if (k >= n) return false;
    if (Character.isLetter(text.charAt(k))) return true;
    int d = k;
    while (d < n && d - k < 5 && isDigit(text.charAt(d))) d++;
    if (d - k != 4) return false;
    d = skipSpace(text, d, n);
    return d < n && text.charAt(d) == '/';
  }

  private static int skipSpace(CharSequence text, int k, int n) {
    int limit = Math.min(n, k + 9);
    while (k < limit && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u00a0')) k++;
    return k;
  }
}
