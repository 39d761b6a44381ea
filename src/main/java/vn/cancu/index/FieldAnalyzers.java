package vn.cancu.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the schema: one for {@code *_exact} fields, one for {@code *_folded} fields.
 * Index and query share them, so both sides fold alike.
 */
public final class FieldAnalyzers implements AutoCloseable {
  private final Analyzer exact;
  private final Analyzer folded;
  private final Analyzer perField;

  public FieldAnalyzers() {
    exact = new IcuAnalyzer(false);
    folded = new IcuAnalyzer(true);
    perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fieldMap());
  }

  private Map<String, Analyzer> fieldMap() {
    return Map.of(Schema.exact(Schema.TEXT), exact, Schema.folded(Schema.TEXT), folded);
  }

  public Analyzer exact() {
    return exact;
  }

  public Analyzer folded() {
    return folded;
  }

  /** The analyzer for a field name, by its suffix. */
  public Analyzer forField(String field) {
    return field.endsWith(Schema.FOLDED) ? folded : exact;
  }

  /** For the IndexWriter: the text fields by suffix, keyword elsewhere. */
  public Analyzer perField() {
    return perField;
  }

  @Override
  public void close() {
    exact.close();
    folded.close();
    perField.close();
  }

  /** Unicode tokenizer, NFKC case folding, and optionally diacritic folding. */
  private static final class IcuAnalyzer extends Analyzer {
    private final boolean fold;

    IcuAnalyzer(boolean fold) {
      this.fold = fold;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new ICUNormalizer2Filter(source);
      if (fold) result = new ICUFoldingFilter(result);
      return new TokenStreamComponents(source, result);
    }
  }
}
