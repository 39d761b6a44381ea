package vn.cancu.wording;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Comparisons of short texts (issuers, subjects) on their folded words. */
final class Texts {
  static final double SIMILAR = 0.6;

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

  /** Whether the words of {@code shorter} start the words of {@code longer}. */
  static boolean isPrefix(String shorter, String longer) {
    List<String> s = folded(shorter), l = folded(longer);
    return s.size() <= l.size() && l.subList(0, s.size()).equals(s);
  }

  static List<String> folded(String s) {
    return Words.of(s).stream().map(Word::folded).toList();
  }
}
