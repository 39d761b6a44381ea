package vn.cancu.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The configured Vietnamese analyzers. Each call returns a new instance (analyzers are thread-safe; keep
 * one per index or searcher service and close it with it).
 *
 * <p>Field naming convention ({@link #perField()}): a text is indexed twice, as {@code NAME_exact}
 * (diacritics kept, "đ" kept) and {@code NAME_folded} (diacritics removed, "đ" → "d"), with identical
 * tokenisation and positions, so the search layer can query both and boost {@code _exact}. Any other field
 * name ("id", "keys", "symbol", ...) is a keyword field: the value is one untouched term.
 *
 * <p>Index and query differ in one step only: abbreviation synonyms are expanded at query time. Expanding
 * a multi-word synonym at index time needs FlattenGraphFilter, which loses the graph and breaks phrase
 * queries such as "UBND xã" against "Ủy ban nhân dân xã"; at query time SynonymGraphFilter gives a correct
 * graph that QueryBuilder turns into alternatives, and the index statistics (BM25) stay those of the text.
 *
 * <p>Querying: rank with {@link BagOfTermsQuery} over both fields (one BM25 clause per syllable, bigram,
 * synonym and number part); match phrases of words with {@link WordPhrases} (through the bigrams), and
 * other phrases with QueryBuilder. QueryBuilder's boolean query enumerates the paths of a synonym span
 * (17 for "UBND": the abbreviation + 2^4 syllable/bigram choices) and so over-rewards documents
 * containing the expansion.
 *
 * <p>No stop words are removed: on ALQAC removing the 45 function words of {@code text/stopwords.txt} cost
 * 1.3 MRR points (BM25's IDF already discounts them), broke bigrams such as "có thể", and made stripped
 * queries inconsistent ("cua" may be "của" or "cửa"). The list stays as data for that measurement.
 */
public final class VietnameseAnalyzers {

  private VietnameseAnalyzers() {}

  /** Index analyzer for "*_exact": syllables + bigrams + document numbers and their parts. */
  public static Analyzer exact() {
    return create(false, false);
  }

  /** Index analyzer for "*_folded": as {@link #exact()} with diacritics removed. */
  public static Analyzer folded() {
    return create(true, false);
  }

  /** Query analyzer for "*_exact": as {@link #exact()} plus abbreviation synonyms (UBND ↔ ủy ban nhân dân). */
  public static Analyzer exactQuery() {
    return create(false, true);
  }

  /** Query analyzer for "*_folded": as {@link #folded()} plus abbreviation synonyms. */
  public static Analyzer foldedQuery() {
    return create(true, true);
  }

  /** Index-time analyzer by field-name suffix: "_exact", "_folded", anything else keyword. */
  public static Analyzer perField() {
    return new FieldSuffixAnalyzer(exact(), folded());
  }

  /** Query-time counterpart of {@link #perField()}. */
  public static Analyzer perFieldQuery() {
    return new FieldSuffixAnalyzer(exactQuery(), foldedQuery());
  }

  private static Analyzer create(boolean folded, boolean query) {
    return new VietnameseAnalyzer(
        folded,
        CharArraySet.EMPTY_SET,
        query ? Abbreviations.synonyms(folded) : null,
        SyllableBigramFilter::new);
  }
}
