package vn.cancu.gen;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How party document symbols are spelled ("18-NQ/TW" as prescribed, "25/NQ-TW" in the state style,
 * "23- QĐ/TW" with a stray space), counted in real text and drawn in the same proportions when
 * generated text is rewritten, so that citation normalisation meets real variety.
 */
public final class SymbolStyles {
  private static final Pattern PARTY =
      Pattern.compile(
          "(?<![\\p{L}\\d/])(\\d{1,4})(-\\s?|/)(NQ|CT|KL|QĐ|KH|QC|ĐA|CV|HD|TB|BC)([/-])(TW|TU|ĐU|HU)(?![\\p{L}\\d])");

  enum Style {
    CANONICAL("%s-%s/%s"),
    STATE("%s/%s-%s"),
    SPACED("%s- %s/%s");

    final String format;

    Style(String format) {
      this.format = format;
    }
  }

  private final int[] counts;

  private SymbolStyles(int[] counts) {
    this.counts = counts.clone();
  }

  /** Counts the spellings in a text, plus one of each so that no style is impossible. */
  static SymbolStyles measure(CharSequence text) {
    int[] counts = new int[Style.values().length];
    Arrays.fill(counts, 1);
    Matcher m = PARTY.matcher(text);
    while (m.find()) counts[styleOf(m).ordinal()]++;
    return new SymbolStyles(counts);
  }

  /** How many of each style were seen (smoothed), in {@link Style} order. */
  int[] counts() {
    return counts.clone();
  }

  /** Rewrites every party symbol of the text in a style drawn from the measured proportions. */
  String rewrite(String text, RandomGenerator rng) {
    Matcher m = PARTY.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      Style s = draw(rng);
      m.appendReplacement(out, Matcher.quoteReplacement(String.format(s.format, m.group(1), m.group(3), m.group(5))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Style draw(RandomGenerator rng) {
    int total = Arrays.stream(counts).sum();
    int r = rng.nextInt(total);
    for (Style s : Style.values()) {
      r -= counts[s.ordinal()];
      if (r < 0) return s;
    }
    throw new AssertionError("unreachable");
  }

  private static Style styleOf(Matcher m) {
    if (m.group(2).equals("/")) return Style.STATE;
    return m.group(2).length() > 1 ? Style.SPACED : Style.CANONICAL;
  }
}
