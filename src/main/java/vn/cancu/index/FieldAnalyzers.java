package vn.cancu.index;

import org.apache.lucene.analysis.Analyzer;
import vn.cancu.text.analysis.VietnameseAnalyzers;

/**
 * The analyzers one index or search service uses, created together and closed together: the
 * Vietnamese index chain per field suffix ({@code *_exact}, {@code *_folded}) and its query-time
 * counterparts (which add abbreviation synonyms: UBND ↔ ủy ban nhân dân).
 */
public final class FieldAnalyzers implements AutoCloseable {
  private final Analyzer perField = VietnameseAnalyzers.perField();
  private final Analyzer exactQuery = VietnameseAnalyzers.exactQuery();
  private final Analyzer foldedQuery = VietnameseAnalyzers.foldedQuery();

  /** For the IndexWriter and for re-analysing stored text: by field-name suffix. */
  public Analyzer perField() {
    return perField;
  }

  public Analyzer exactQuery() {
    return exactQuery;
  }

  public Analyzer foldedQuery() {
    return foldedQuery;
  }

  @Override
  public void close() {
    perField.close();
    exactQuery.close();
    foldedQuery.close();
  }
}
