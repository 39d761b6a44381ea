package vn.cancu.ingest;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pre-Unicode Vietnamese font encoding seen through Latin-1: each legacy sequence (one byte, or a
 * base letter followed by mark bytes) read as Latin-1 characters, mapped to one Unicode letter.
 * Tables are data: {@code ingest/tcvn3.tsv}, {@code ingest/vni.tsv}.
 */
final class LegacyCharset {

  static final LegacyCharset TCVN3 = load("TCVN3", "tcvn3.tsv", true);
  static final LegacyCharset VNI = load("VNI", "vni.tsv", false);

  /** A word of capitals with lower-case letters only where an all-caps font drew them: "HOạCH". */
  private static final Pattern CAPS_WORD =
      Pattern.compile("(?<!\\p{L})(?=(?:\\p{L}*\\p{Lu}){2})[\\p{L}&&[^a-z]]+(?!\\p{L})");

  private static final Pattern ASCII_LOWER = Pattern.compile("[a-z]");
  /** Marked vowels: capitals words with them are words, not acronyms such as "BCĐ", "HĐND". */
  private static final Pattern MARKED_VOWEL = Pattern.compile("[^\\x00-\\x7FĐđ]");

  private final String name;
  private final Map<String, String> table;
  private final int longest;
  private final boolean capitalsViaCaseFont;
  /** Non-ASCII Latin-1 characters that occur in some legacy sequence. */
  private final BitSet legacyChars = new BitSet(256);

  private LegacyCharset(String name, Map<String, String> table, boolean capitalsViaCaseFont) {
    this.name = name;
    this.capitalsViaCaseFont = capitalsViaCaseFont;
    this.table = Map.copyOf(table);
    this.longest = table.keySet().stream().mapToInt(String::length).max().orElse(1);
    table.keySet().forEach(k -> k.chars().filter(c -> c >= 0x80).forEach(legacyChars::set));
  }

  /**
   * @param capitalsViaCaseFont the encoding has no capitals with tones (TCVN3): all-caps text was set
   *     in a capitals font (.VnTimeH) with lower-case codes, so words of capitals are upper-cased back
   */
  private static LegacyCharset load(String name, String resource, boolean capitalsViaCaseFont) {
    Map<String, String> table = new HashMap<>();
    for (String[] row : ResourceTables.rows(resource)) {
      if (table.put(row[0], row[1]) != null) {
        throw new IllegalStateException("duplicate legacy sequence " + row[0] + " in " + resource);
      }
    }
    return new LegacyCharset(name, table, capitalsViaCaseFont);
  }

  String name() {
    return name;
  }

  /**
   * Upper-cases what a capitals font drew: each word with two or more capitals and no ASCII lower
   * case ("HOạCH"); and a whole line without ASCII lower case once such a word with a marked vowel
   * shows the line is set in capitals ("Kế HOẠCH" becomes "KẾ HOẠCH"). Without that evidence
   * a lone capital stays as decoded ("Số: 12/KH-UBND"): it reads as title case.
   */
  private static String restoreCapitals(String text) {
    boolean capitalsFont =
        !ASCII_LOWER.matcher(text).find()
            && CAPS_WORD.matcher(text).results().anyMatch(m -> MARKED_VOWEL.matcher(m.group()).find());
    return capitalsFont
        ? text.toUpperCase(Locale.ROOT)
        : CAPS_WORD.matcher(text).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
  }

  boolean isLegacyChar(char c) {
    return c < 256 && legacyChars.get(c);
  }

  /** Whether the text holds a character of some legacy sequence (they all have a non-ASCII one). */
  boolean touches(CharSequence text) {
    return text.chars().anyMatch(c -> c < 256 && legacyChars.get(c));
  }

  /** Replaces every legacy sequence, longest match first; other characters pass through. */
  String convert(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int matched = 0;
      for (int len = Math.min(longest, text.length() - i); len >= 1 && matched == 0; len--) {
        String unicode = table.get(text.subSequence(i, i + len).toString());
        if (unicode != null) {
          out.append(unicode);
          matched = len;
        }
      }
      if (matched == 0) {
        out.append(text.charAt(i));
        matched = 1;
      }
      i += matched;
    }
    return capitalsViaCaseFont ? restoreCapitals(out.toString()) : out.toString();
  }
}
