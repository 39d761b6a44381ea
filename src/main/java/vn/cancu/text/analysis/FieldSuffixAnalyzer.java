package vn.cancu.text.analysis;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;

/**
 * Chooses the analyzer by field-name suffix: "*_exact" → exact, "*_folded" → folded, any other field
 * (ids, "keys", symbols, facets) → {@link KeywordAnalyzer}, i.e. the whole value is one term.
 */
final class FieldSuffixAnalyzer extends DelegatingAnalyzerWrapper {

  static final String EXACT_SUFFIX = "_exact";
  static final String FOLDED_SUFFIX = "_folded";

  private final Analyzer exact;
  private final Analyzer folded;
  private final Analyzer keyword = new KeywordAnalyzer();

  FieldSuffixAnalyzer(Analyzer exact, Analyzer folded) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.exact = Objects.requireNonNull(exact, "exact");
    this.folded = Objects.requireNonNull(folded, "folded");
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    if (fieldName.endsWith(EXACT_SUFFIX)) {
      return exact;
    }
    return fieldName.endsWith(FOLDED_SUFFIX) ? folded : keyword;
  }

  @Override
  public void close() {
    exact.close();
    folded.close();
    keyword.close();
    super.close();
  }
}
