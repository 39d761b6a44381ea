package vn.cancu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits cleaned text into non-blank lines, dropping page numbers and form-feed artefacts. */
final class LineReader {
  // "12", "- 12 -", "Trang 3", "Trang 3/10" alone on a line.
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?:-\\s*\\d{1,3}\\s*-|\\d{1,3}|Trang\\s+\\d{1,3}(?:\\s*/\\s*\\d{1,3})?)");
  // A footnote separator: a long run of spaces, or a rule of underscores/dashes.
  private static final Pattern SEPARATOR = Pattern.compile("[ \\t\\u00A0]{10,}|[_\\-–]{5,}");

  private LineReader() {}

  static List<Line> read(String text) {
    List<Line> lines = new ArrayList<>();
    boolean blank = false;
    boolean separator = false;
    int pos = 0;
    while (pos <= text.length()) {
      int end = pos;
      while (end < text.length() && !isBreak(text.charAt(end))) end++;
      String raw = text.substring(pos, end);
      int s = 0;
      int e = raw.length();
      while (s < e && isSpace(raw.charAt(s))) s++;
      while (e > s && isSpace(raw.charAt(e - 1))) e--;
      String content = raw.substring(s, e);
      if (content.isEmpty() || PAGE_NUMBER.matcher(content).matches()) {
        blank = true;
        separator |= SEPARATOR.matcher(raw).matches();
      } else if (SEPARATOR.matcher(content).matches()) {
        blank = true;
        separator = true;
      } else {
        lines.add(new Line(content, pos + s, s > 0, e < raw.length(), blank, separator));
        blank = false;
        separator = false;
      }
      pos = end + 1;
    }
    return lines;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
  }
}
