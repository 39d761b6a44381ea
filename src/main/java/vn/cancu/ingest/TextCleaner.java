package vn.cancu.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes extracted text safe for the later stages: line ends become {@code \n}, control characters
 * (NUL, escape, ...) and byte-order marks go, tab, line feed and form feed (page break) stay, and
 * the text is composed to NFC (Windows-1258 and some PDFs give base letters plus combining tones).
 * Blank lines around a page break are markup artifacts: a break is written as pdftotext does,
 * {@code "last line\n\ffirst line of next page"}.
 */
final class TextCleaner {

  private static final Pattern LINE_END = Pattern.compile("\r\n?");
  private static final Pattern PAGE_BREAK = Pattern.compile("\n*\f\n*");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\uFEFF\uFFFE\uFFFF&&[^\n\t\f]]");

  private TextCleaner() {}

  static String clean(String text) {
    String lines = LINE_END.matcher(text).replaceAll("\n");
    String clean = CONTROL.matcher(lines).replaceAll("");
    clean = PAGE_BREAK.matcher(clean).replaceAll("\n\f");
    return Normalizer.normalize(clean, Normalizer.Form.NFC);
  }
}
