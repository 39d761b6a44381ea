package vn.cancu.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes extracted text safe for the later stages: line ends become {@code \n}, control characters
 * (NUL, escape, ...) and byte-order marks go, tab, line feed and form feed (page break) stay, and
 * the text is composed to NFC (Windows-1258 and some PDFs give base letters plus combining tones).
 */
final class TextCleaner {

  private static final Pattern LINE_END = Pattern.compile("\r\n?");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\uFEFF\uFFFE\uFFFF&&[^\n\t\f]]");

  private TextCleaner() {}

  static String clean(String text) {
    String lines = LINE_END.matcher(text).replaceAll("\n");
    return Normalizer.normalize(CONTROL.matcher(lines).replaceAll(""), Normalizer.Form.NFC);
  }
}
