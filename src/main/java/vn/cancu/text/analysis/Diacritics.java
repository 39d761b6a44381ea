package vn.cancu.text.analysis;

/**
 * Kept for callers written against the analysis package (index, graph, wording): the implementation
 * is {@link vn.cancu.text.Diacritics}, plain Java, so that slugs and cite use it without Lucene.
 */
public final class Diacritics {

  private Diacritics() {}

  public static String fold(String s) {
    return vn.cancu.text.Diacritics.fold(s);
  }
}
