package vn.cancu.text;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Char-level clean-up before line analysis: drops Markdown bold markers left by converters and
 * the line breaks or stray spaces that split a document symbol ("43-\nKL/TW", "23- QĐ/TW",
 * "76/NQ-\nCP"). Ranges such as "2021 - 2030" or "kinh tế - xã hội" are left alone: their dash
 * follows a space, not a digit or a symbol part.
 */
final class TextCleaner {
  private static final Pattern BOLD = Pattern.compile("\\*\\*");
  // "43-␤KL/TW", "114- KL/TW", "05-␤CT/TW": number, dash, break, then "CODE/CODE".
  private static final Pattern NUMBER_SPLIT =
      Pattern.compile("(?<=\\d-)\\s+(?=[A-ZĐ]{1,8}/[A-ZĐ])");
  // "76/NQ-␤CP", "/KH- UBND": "/CODE-", break, then the issuer code.
  private static final Pattern CODE_SPLIT =
      Pattern.compile("(?<=/[A-ZĐ]{1,8}-)\\s+(?=[A-ZĐ][A-ZĐa-z]{0,7}(?![\\p{L}\\p{N}]))");

  private TextCleaner() {}

  static MappedText clean(MappedText in) {
    String s = in.text();
    BitSet drop = new BitSet(s.length());
    mark(BOLD, s, drop);
    mark(NUMBER_SPLIT, s, drop);
    mark(CODE_SPLIT, s, drop);
    MappedText out = new MappedText();
    for (int i = 0; i < s.length(); i++) {
      if (!drop.get(i)) out.append(s.charAt(i), in.offsetAt(i));
    }
    return out;
  }

  private static void mark(Pattern p, String s, BitSet drop) {
    Matcher m = p.matcher(s);
    while (m.find()) drop.set(m.start(), m.end());
  }
}
