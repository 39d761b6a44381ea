package vn.cancu.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Moves the tone mark of each Vietnamese syllable to one convention, so that "hoà" and "hòa", "thuỷ" and
 * "thủy", "qúy" and "quý" are the same string. Length-preserving on NFC text: one char in, one char out.
 *
 * <p>Convention: in an open syllable whose nucleus is a two-vowel cluster without a quality mark (oa, oe,
 * uy, and ai, ia, ua... where both conventions agree) the tone sits on the first vowel: hòa, khỏe, thủy, ủy
 * (the traditional placement, often called "kiểu cũ", that the names of state bodies are written in: "Ủy ban
 * nhân dân"). The Ministry of Education rule for school spelling puts it on the main vowel instead (hoà,
 * khoẻ, thuỷ: QĐ 1989/QĐ-BGDĐT of 25/5/2018). Both occur in the same corpora (ALQAC's 18 laws write "ủy"
 * 492 times and "uỷ" 18, "hòa" 167 and "hoà" 234), so the analyzers fold to one; the choice only shows in
 * suggestions and wording. Rules both conventions share: a vowel with a quality mark (ă â ê ô ơ ư) takes
 * the tone (the last one in ươ); a closed syllable puts it on the last vowel (hoàng, quyết); a three-vowel
 * nucleus on the middle one (ngoài); "qu" and "gi" before a vowel are onsets (quý, già).
 * Syllables that are not plainly Vietnamese (two tones, four vowels, foreign letters) are left alone.
 */
public final class ToneMarks {

  private static final String BASES = "aăâeêioôơuưy";
  private static final String QUALITY_MARKED = "ăâêôơư";
  private static final char[] TONE_MARKS = {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};
  /**
   * Vowel letter (either case, all in U+0000..U+1EFF) → base index * 6 + tone (0 = none), plus an uppercase
   * flag bit; -1 for any other char. An array, not a map: it is read for every letter of every token.
   */
  private static final int[] DECOMPOSED = new int[0x1F00];
  /** [base index][tone] → lowercase letter. */
  private static final char[][] COMPOSED = new char[BASES.length()][TONE_MARKS.length + 1];
  private static final int UPPER = 1 << 8;

  static {
    Arrays.fill(DECOMPOSED, -1);
    for (int b = 0; b < BASES.length(); b++) {
      for (int t = 0; t <= TONE_MARKS.length; t++) {
        String s = t == 0 ? String.valueOf(BASES.charAt(b)) : BASES.charAt(b) + String.valueOf(TONE_MARKS[t - 1]);
        char lower = Normalizer.normalize(s, Normalizer.Form.NFC).charAt(0);
        COMPOSED[b][t] = lower;
        DECOMPOSED[lower] = b * 6 + t;
        DECOMPOSED[Character.toUpperCase(lower)] = (b * 6 + t) | UPPER;
      }
    }
  }

  private ToneMarks() {}

  /** Normalizes tone placement in every syllable of an NFC string; other characters are kept as they are. */
  public static String normalize(String nfcText) {
    char[] chars = nfcText.toCharArray();
    normalize(chars, chars.length);
    return new String(chars);
  }

  /** In-place variant for token filters: rewrites {@code buffer[0, length)}, never changes its length. */
  public static void normalize(char[] buffer, int length) {
    int i = 0;
    while (i < length) {
      if (!Character.isLetter(buffer[i])) {
        i++;
        continue;
      }
      int end = i;
      while (end < length && Character.isLetter(buffer[end])) {
        end++;
      }
      normalizeSyllable(buffer, i, end);
      i = end;
    }
  }

  private static void normalizeSyllable(char[] buf, int start, int end) {
    int toned = -1;
    int clusterStart = -1;
    int clusterEnd = -1;
    for (int i = start; i < end; i++) {
      int code = code(buf[i]);
      if (code < 0) {
        if (!isOnsetOrCodaLetter(buf[i])) {
          return; // foreign letter: not a Vietnamese syllable
        }
        if (clusterStart >= 0 && clusterEnd < 0) {
          clusterEnd = i;
        }
        continue;
      }
      if (clusterEnd >= 0) {
        return; // vowel after the coda: not one syllable
      }
      if (clusterStart < 0) {
        clusterStart = i;
      }
      if (tone(code) != 0) {
        if (toned >= 0) {
          return; // two tones: leave it to the reader
        }
        toned = i;
      }
    }
    if (toned < 0) {
      return;
    }
    if (clusterEnd < 0) {
      clusterEnd = end;
    }
    boolean closed = clusterEnd < end;
    // "qu" + vowel and "gi" + vowel: the u / i belongs to the onset (quý, già, giữa).
    char onsetLast = clusterStart > start ? Character.toLowerCase(buf[clusterStart - 1]) : 0;
    char first = lowerBase(buf[clusterStart]);
    if (clusterEnd - clusterStart > 1
        && ((onsetLast == 'q' && first == 'u') || (onsetLast == 'g' && clusterStart - 1 == start && first == 'i'))) {
      clusterStart++;
    }
    int target = target(buf, clusterStart, clusterEnd, closed);
    if (target < 0 || target == toned) {
      return;
    }
    int tone = tone(code(buf[toned]));
    buf[toned] = withTone(buf[toned], 0);
    buf[target] = withTone(buf[target], tone);
  }

  private static int target(char[] buf, int from, int to, boolean closed) {
    int size = to - from;
    for (int i = to - 1; i >= from; i--) {
      if (QUALITY_MARKED.indexOf(lowerBase(buf[i])) >= 0) {
        return i;
      }
    }
    return switch (size) {
      case 1 -> from;
      case 2 -> closed ? from + 1 : from;
      case 3 -> from + 1;
      default -> -1;
    };
  }

  private static boolean isOnsetOrCodaLetter(char c) {
    char l = Character.toLowerCase(c);
    return (l >= 'a' && l <= 'z') || l == 'đ';
  }

  private static int code(char c) {
    return c < DECOMPOSED.length ? DECOMPOSED[c] : -1;
  }

  private static int tone(int code) {
    return (code & ~UPPER) % 6;
  }

  private static char lowerBase(char c) {
    return BASES.charAt((code(c) & ~UPPER) / 6);
  }

  private static char withTone(char c, int tone) {
    int code = code(c);
    char lower = COMPOSED[(code & ~UPPER) / 6][tone];
    return (code & UPPER) != 0 ? Character.toUpperCase(lower) : lower;
  }
}
