package vn.cancu.wording;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Comparisons of short texts (issuers, subjects) on their folded words. */
final class Texts {
  static final double SIMILAR = 0.6;
  static final int SUBJECT_WORDS = 4;
  /** Words of common text that mark two differing subjects as rejoined. */
  static final int REJOIN = 3;

  private Texts() {}

  static boolean sameWords(String a, String b) {
    return folded(a).equals(folded(b));
  }

  /** Jaccard of the folded word sets at least {@link #SIMILAR}. */
  static boolean similar(String a, String b) {
    Set<String> x = new HashSet<>(folded(a)), y = new HashSet<>(folded(b));
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return !union.isEmpty() && (double) x.size() / union.size() >= SIMILAR;
  }

  /**
   * Whether two subjects found after mentions of one document are the same. The finder may read
   * past a subject's end when nothing marks it, so subjects that agree on their first {@link
   * #SUBJECT_WORDS} words and then part for good are one subject with different run-on text; a
   * difference that rejoins the common text within a few words ("nhà nước, chính quyền" against
   * "nhà nước và chính quyền") is a real one.
   */
  static boolean sameSubject(String a, String b) {
    List<String> x = folded(a), y = folded(b);
    int p = 0;
    while (p < x.size() && p < y.size() && x.get(p).equals(y.get(p))) p++;
    if (p == x.size() || p == y.size()) return true;
    if (p < SUBJECT_WORDS) return false;
    for (int i = 0; i <= REJOIN; i++) {
      for (int j = 0; j <= REJOIN; j++) {
        if ((i > 0 || j > 0) && sameRun(x, p + i, y, p + j)) return false;
      }
    }
    return true;
  }

  private static boolean sameRun(List<String> x, int i, List<String> y, int j) {
    if (i + REJOIN > x.size() || j + REJOIN > y.size()) return false;
    return x.subList(i, i + REJOIN).equals(y.subList(j, j + REJOIN));
  }

  /** {@code s} cut at a word end to at most {@code max} chars, with "…" when cut. */
  static String shorten(String s, int max) {
    if (s.length() <= max) return s;
    return s.substring(0, wordEnd(s, 0, max)).strip() + "…";
  }

  /** The end of the last whole word in {@code text[from, to)} (to itself at a word end). */
  static int wordEnd(String text, int from, int to) {
    if (to >= text.length() || !Words.isWordChar(text.charAt(to))) return to;
    int i = to;
    while (i > from && Words.isWordChar(text.charAt(i - 1))) i--;
    return i > from ? i : to;
  }

  static List<String> folded(String s) {
    return Words.of(s).stream().map(Word::folded).toList();
  }
}
