package vn.cancu.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recovers Vietnamese written in a pre-Unicode font encoding (TCVN3/ABC ".VnTime", VNI "VNI-Times")
 * that reached us as Latin-1 mojibake, e.g. {@code "Céng hoµ x· héi"} for "Cộng hoà xã hội".
 *
 * <p>Detection is a score, never a guess from single characters: for every word holding a legacy
 * character it compares whether the word is a well-formed Vietnamese syllable before and after
 * conversion. The text is converted only when at least half of those words become syllables and
 * clearly more than before, so Unicode Vietnamese, English and French are left alone. Lines that
 * already hold letters only Unicode has (ă, đ, ơ, ư, ĩ, ũ, ạ..ỹ, combining tones) are never touched,
 * which keeps documents that mix Unicode and legacy paragraphs intact.
 */
public final class LegacyVietnameseDecoder {

  /** The recovered text (NFC) and the legacy encoding it was written in ("TCVN3" or "VNI"). */
  public record Decoded(String encoding, String text) {
    public Decoded {
      Objects.requireNonNull(encoding, "encoding");
      Objects.requireNonNull(text, "text");
    }
  }

  private static final List<LegacyCharset> CHARSETS = List.of(LegacyCharset.TCVN3, LegacyCharset.VNI);
  private static final Pattern UNICODE_ONLY =
      Pattern.compile("[ăđơưĩũĂĐƠƯĨŨ\\x{1EA0}-\\x{1EF9}\\x{0300}-\\x{0323}]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Score of one line (or a whole text) for one charset. */
  private record Score(int words, int validBefore, int validAfter) {
    static final Score NONE = new Score(0, 0, 0);

    Score plus(Score o) {
      return new Score(words + o.words, validBefore + o.validBefore, validAfter + o.validAfter);
    }

    boolean looksLegacy() {
      return words >= 2 && validAfter * 2 >= words && (validAfter - validBefore) * 4 >= words;
    }

    /**
     * Per-line check once the whole text looks legacy: a line converts unless conversion makes it
     * read worse (ties are common on short lines: "Soá" and "Số" both look like syllables).
     */
    boolean lineConverts() {
      return validAfter >= validBefore;
    }
  }

  /** The decoded text when {@code text} looks like legacy-encoded Vietnamese, else empty. */
  public Optional<Decoded> decode(String text) {
    String[] lines = text.split("\n", -1);
    LegacyCharset best = null;
    Map<String, Score> bestWords = Map.of();
    int bestGain = 0;
    for (LegacyCharset charset : CHARSETS) {
      Map<String, Score> words = new HashMap<>();
      Score total = Score.NONE;
      for (String line : lines) {
        total = total.plus(score(line, charset, words));
      }
      int gain = total.validAfter() - total.validBefore();
      if (total.looksLegacy() && gain > bestGain) {
        best = charset;
        bestWords = words;
        bestGain = gain;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      String line = lines[i];
      boolean converts = !UNICODE_ONLY.matcher(line).find() && score(line, best, bestWords).lineConverts();
      out.append(converts ? best.convert(line) : line);
    }
    return Optional.of(new Decoded(best.name(), Normalizer.normalize(out, Normalizer.Form.NFC)));
  }

  /**
   * @param words cache of word scores for this text and charset: documents repeat a few thousand
   *     syllables, and judging a syllable is the costly step
   */
  private static Score score(String line, LegacyCharset charset, Map<String, Score> words) {
    if (!charset.touches(line) || UNICODE_ONLY.matcher(line).find()) {
      return Score.NONE;
    }
    Score total = Score.NONE;
    for (String token : WHITESPACE.split(line)) {
      String word = trim(token, charset);
      if (charset.touches(word)) {
        total = total.plus(words.computeIfAbsent(word, w -> scoreWord(w, charset)));
      }
    }
    return total;
  }

  private static Score scoreWord(String word, LegacyCharset charset) {
    return new Score(
        1,
        VietnameseSyllable.isValid(word) ? 1 : 0,
        VietnameseSyllable.isValid(charset.convert(word)) ? 1 : 0);
  }

  /** Strips punctuation around a word, keeping legacy characters (TCVN3 "µ", "·" are not letters). */
  private static String trim(String token, LegacyCharset charset) {
    int start = 0;
    int end = token.length();
    while (start < end && !isWordChar(token.charAt(start), charset)) {
      start++;
    }
    while (end > start && !isWordChar(token.charAt(end - 1), charset)) {
      end--;
    }
    return token.substring(start, end);
  }

  private static boolean isWordChar(char c, LegacyCharset charset) {
    return Character.isLetter(c) || charset.isLegacyChar(c);
  }
}
