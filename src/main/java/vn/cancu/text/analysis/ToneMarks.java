package vn.cancu.text.analysis;

/**
 * Kept for callers written against the analysis package (index, graph, wording): the implementation
 * is {@link vn.cancu.text.ToneMarks}, plain Java, so that cite and document use it without Lucene.
 */
public final class ToneMarks {

  private ToneMarks() {}

  public static String normalize(String nfcText) {
    return vn.cancu.text.ToneMarks.normalize(nfcText);
  }

  public static void normalize(char[] buffer, int length) {
    vn.cancu.text.ToneMarks.normalize(buffer, length);
  }
}
