package vn.cancu.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells whether a word is a well-formed Vietnamese syllable: onset, nucleus, optional final
 * consonant and at most one tone mark, following the spelling rules (k/gh/ngh before e, ê, i, y;
 * only acute or dot-below before a stop final). Built from {@code ingest/vietnamese-syllable.tsv}.
 * Used only to score legacy-encoding guesses, so it accepts some syllables that do not exist.
 */
final class VietnameseSyllable {

  private static final Pattern SHAPE;
  private static final Pattern STOP_CODA;
  private static final Pattern FRONT_VOWEL = Pattern.compile("[eêiy].*");
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  static {
    Map<String, String> parts = new HashMap<>();
    for (String[] row : ResourceTables.rows("vietnamese-syllable.tsv")) {
      parts.put(row[0], row[1]);
    }
    SHAPE =
        Pattern.compile(
            "(" + alternatives(parts.get("onset")) + ")?"
                + "(?:(" + alternatives(parts.get("nucleus")) + ")(" + alternatives(parts.get("coda")) + ")?"
                + "|(" + alternatives(parts.get("open")) + "))");
    STOP_CODA = Pattern.compile(alternatives(parts.get("stop")));
  }

  private VietnameseSyllable() {}

  /** Longest alternatives first, so the regex tries "ngh" before "ng" before "n". */
  private static String alternatives(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.trim().split(" +"))
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.joining("|"));
  }

  static boolean isValid(String word) {
    if (word.isEmpty()) {
      return false;
    }
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(decomposed.length());
    char tone = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (TONES.indexOf(c) >= 0) {
        if (tone != 0) {
          return false;
        }
        tone = c;
      } else {
        base.append(c);
      }
    }
    String plain = Normalizer.normalize(base, Normalizer.Form.NFC);
    Matcher m = SHAPE.matcher(plain);
    if (!m.matches()) {
      return false;
    }
    String onset = m.group(1) == null ? "" : m.group(1);
    String nucleus = m.group(2) != null ? m.group(2) : m.group(4);
    String coda = m.group(3);
    return spellingAgrees(onset, nucleus)
        && (coda == null || !STOP_CODA.matcher(coda).matches() || tone == '\u0301' || tone == '\u0323');
  }

  /** k, gh, ngh are written before front vowels, c, g, ng elsewhere; q only as qu. */
  private static boolean spellingAgrees(String onset, String nucleus) {
    boolean front = FRONT_VOWEL.matcher(nucleus).matches();
    return switch (onset) {
      case "k", "gh", "ngh" -> front;
      case "c", "ng" -> !front;
      case "g" -> !front || nucleus.startsWith("i");
      default -> true;
    };
  }
}
