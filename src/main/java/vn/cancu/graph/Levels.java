package vn.cancu.graph;

import java.util.List;

/** The administrative level an issuer's name implies (graph/levels.tsv): the earliest level word wins. */
final class Levels {
  private static final List<String[]> WORDS = Tables.read("levels.tsv");

  private Levels() {}

  /** "trung-uong", "tinh", "huyen", "xa", or null when the name says nothing about its level. */
  static String of(String issuer) {
    if (issuer == null) return null;
    String padded = Words.padded(issuer);
    int best = Integer.MAX_VALUE;
    String level = null;
    for (String[] w : WORDS) {
      int i = padded.indexOf(" " + w[0] + " ");
      if (i >= 0 && i < best) {
        best = i;
        level = w[1];
      }
    }
    return level;
  }
}
