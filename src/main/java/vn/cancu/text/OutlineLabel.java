package vn.cancu.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline label opening a paragraph or line of a Vietnamese administrative text: "II.",
 * "IV.TỔ CHỨC", "5.", "2.1.", "b)", "Quý III", "-", "+". Shared by line joining (a label starts a
 * new paragraph) and the plan outline.
 *
 * @param kind the label family
 * @param label the label as written, trimmed ("II.", "b)", "Quý II", "-")
 * @param value its value within the family: 2 for "II." or "2." or "b)" or "Quý II", 0 for bullets
 * @param end where the label and the spaces after it end in the given string
 */
public record OutlineLabel(Kind kind, String label, int value, int end) {

  /** Label families, from the outermost to the innermost in usual practice. */
  public enum Kind {
    ROMAN(0),
    ARABIC(1),
    QUARTER(1),
    DECIMAL(2),
    LETTER(3),
    DASH(4),
    PLUS(5);

    /** Nesting depth in usual practice: a label of lower rank closes deeper open ones. */
    public final int rank;

    Kind(int rank) {
      this.rank = rank;
    }

    public boolean isBullet() {
      return this == DASH || this == PLUS;
    }
  }

  // Vietnamese point letters in order: a, b, c, d, đ, e, g, ...
  private static final String LETTERS = "abcdđeghiklmnopqrstuvxyfjwz";
  private static final String ROMANS = "XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I";
  // What follows a label: an upper-case letter, a digit, an opening quote or bracket.
  private static final String OPENER = "(?=[\\p{Lu}\\d“\"‘'(])";
  private static final Pattern ROMAN = Pattern.compile("(" + ROMANS + ")\\.[ \\t]*" + OPENER);
  private static final Pattern DECIMAL =
      Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})+)\\.?[ \\t]+" + OPENER);
  private static final Pattern ARABIC = Pattern.compile("(\\d{1,2})[.)][ \\t]*" + OPENER);
  private static final Pattern LETTER = Pattern.compile("([a-zđ])\\)[ \\t]*" + OPENER);
  private static final Pattern QUARTER =
      Pattern.compile("Quý[ \\t]+(IV|III|II|I)\\b[ \\t:.-]*", Pattern.UNICODE_CHARACTER_CLASS);
  // A bullet is followed by a non-lower-case char: "- xã hội" at a line start is a wrapped
  // "chính trị - xã hội", not a bullet.
  private static final Pattern DASH = Pattern.compile("[-–—•][ \\t]*(?=[^\\p{Ll}\\s])");
  private static final Pattern PLUS = Pattern.compile("[+*][ \\t]*(?=[^\\p{Ll}\\s])");

  public static Optional<OutlineLabel> at(CharSequence s) {
    Matcher m;
    if ((m = ROMAN.matcher(s)).lookingAt()) {
      return found(Kind.ROMAN, m, romanValue(m.group(1)));
    }
    if ((m = QUARTER.matcher(s)).lookingAt()) {
      return Optional.of(new OutlineLabel(Kind.QUARTER, "Quý " + m.group(1), romanValue(m.group(1)), m.end()));
    }
    if ((m = DECIMAL.matcher(s)).lookingAt()) {
      String[] parts = m.group(1).split("\\.");
      return found(Kind.DECIMAL, m, Integer.parseInt(parts[parts.length - 1]));
    }
    if ((m = ARABIC.matcher(s)).lookingAt()) {
      return found(Kind.ARABIC, m, Integer.parseInt(m.group(1)));
    }
    if ((m = LETTER.matcher(s)).lookingAt()) {
      return found(Kind.LETTER, m, LETTERS.indexOf(m.group(1).charAt(0)) + 1);
    }
    if ((m = DASH.matcher(s)).lookingAt()) return found(Kind.DASH, m, 0);
    if ((m = PLUS.matcher(s)).lookingAt()) return found(Kind.PLUS, m, 0);
    return Optional.empty();
  }

  private static Optional<OutlineLabel> found(Kind kind, Matcher m, int value) {
    return Optional.of(new OutlineLabel(kind, m.group().strip(), value, m.end()));
  }

  static int romanValue(String roman) {
    int total = 0;
    for (int i = 0; i < roman.length(); i++) {
      int v = digit(roman.charAt(i));
      int next = i + 1 < roman.length() ? digit(roman.charAt(i + 1)) : 0;
      total += v < next ? -v : v;
    }
    return total;
  }

  private static int digit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      default -> 0;
    };
  }
}
