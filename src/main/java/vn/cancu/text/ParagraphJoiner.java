package vn.cancu.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a line starts a new paragraph or continues the previous one. Extractions come
 * in two shapes: hard-wrapped at a page width (often double-spaced, so blank lines mean nothing),
 * or one line per paragraph (blank lines between, and the odd paragraph broken in two). The rules
 * hold for both: outline labels and basis openings start paragraphs, a lower-case start continues
 * one, a sentence end followed by an upper-case start ends one; in wrapped text an upper-case
 * start after an unfinished line continues it unless that line is noticeably short.
 */
final class ParagraphJoiner {
  // A wide gap inside a line: two columns (header, signature block) flattened into one line.
  private static final Pattern COLUMN_GAP = Pattern.compile("\\S(?:\\t|[ \\u00A0]{4,})\\S");
  /** Lines at most this long (the 80th percentile) are typical of a hard-wrapped page. */
  private static final int MAX_WRAP_WIDTH = 130;

  private final boolean wrapped;
  private final int width;
  private final boolean trailingSpaceMarksWrap;

  private ParagraphJoiner(boolean wrapped, int width, boolean trailingSpaceMarksWrap) {
    this.wrapped = wrapped;
    this.width = width;
    this.trailingSpaceMarksWrap = trailingSpaceMarksWrap;
  }

  /** Learns the page shape from the running-text lines. */
  static ParagraphJoiner of(List<Line> body) {
    int[] lengths = body.stream().mapToInt(Line::length).filter(n -> n >= 20).sorted().toArray();
    if (lengths.length < 5) return new ParagraphJoiner(false, 0, false);
    int width = lengths[Math.min(lengths.length - 1, (int) Math.floor(lengths.length * 0.8))];
    long trailing = body.stream().filter(Line::trailingSpace).count();
    boolean wrapped = width <= MAX_WRAP_WIDTH;
    return new ParagraphJoiner(wrapped, width, wrapped && trailing >= 0.3 * body.size());
  }

  boolean startsParagraph(Line prev, Line next) {
    String p = prev.content();
    String n = next.content();
    if (OutlineLabel.at(n).isPresent()) return true;
    if (Sentences.isUpperCase(p) || Sentences.isUpperCase(n)) return true;
    if (COLUMN_GAP.matcher(p).find() || COLUMN_GAP.matcher(n).find()) return true;
    if (Sentences.startsLower(n)) return false;
    if (Sentences.startsDigit(n)) return Sentences.endsSentence(p);
    if (BasisOpening.opensBasis(n)) return true;
    if (Sentences.endsSentence(p)) return true;
    if (BasisOpening.startsWithOpening(n) && Sentences.endsClause(p)) return true;
    if (!wrapped) return true;
    if (trailingSpaceMarksWrap && !prev.trailingSpace()) return true;
    return p.length() < width * 3 / 4;
  }

  @Override
  public String toString() {
    return "ParagraphJoiner[wrapped=" + wrapped + ", width=" + width
        + ", trailingSpaceMarksWrap=" + trailingSpaceMarksWrap + "]";
  }
}
