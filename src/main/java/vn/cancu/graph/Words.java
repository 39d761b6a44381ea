package vn.cancu.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.cancu.text.Diacritics;

/** Folded word lists for comparing titles and issuer names written with or without tones. */
final class Words {
  private Words() {}

  /** Lower-case, diacritics-free words and numbers, in order. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    for (String w : Diacritics.fold(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  static Set<String> set(String text) {
    return new LinkedHashSet<>(of(text));
  }

  /** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int common = 0;
    for (String w : a) if (b.contains(w)) common++;
    return 2.0 * common / (a.size() + b.size());
  }

  /** " word1 word2 " folded, for whole-word matching of phrases. */
  static String padded(String text) {
    return " " + String.join(" ", of(text)) + " ";
  }
}
