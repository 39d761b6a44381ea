package vn.cancu.ingest;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * A pre-Unicode Vietnamese font encoding seen through Latin-1: each legacy sequence (one byte, or a
 * base letter followed by mark bytes) read as Latin-1 characters, mapped to one Unicode letter.
 * Tables are data: {@code ingest/tcvn3.tsv}, {@code ingest/vni.tsv}.
 */
final class LegacyCharset {

  static final LegacyCharset TCVN3 = load("TCVN3", "tcvn3.tsv");
  static final LegacyCharset VNI = load("VNI", "vni.tsv");

  private final String name;
  private final Map<String, String> table;
  private final int longest;
  /** Non-ASCII Latin-1 characters that occur in some legacy sequence. */
  private final BitSet legacyChars = new BitSet(256);

  private LegacyCharset(String name, Map<String, String> table) {
    this.name = name;
    this.table = Map.copyOf(table);
    this.longest = table.keySet().stream().mapToInt(String::length).max().orElse(1);
    table.keySet().forEach(k -> k.chars().filter(c -> c >= 0x80).forEach(legacyChars::set));
  }

  private static LegacyCharset load(String name, String resource) {
    Map<String, String> table = new HashMap<>();
    for (String[] row : ResourceTables.rows(resource)) {
      if (table.put(row[0], row[1]) != null) {
        throw new IllegalStateException("duplicate legacy sequence " + row[0] + " in " + resource);
      }
    }
    return new LegacyCharset(name, table);
  }

  String name() {
    return name;
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
    return out.toString();
  }
}
