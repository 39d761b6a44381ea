package vn.cancu.text.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A ranked ("any of these") query with one SHOULD clause per distinct analyzed term, so that syllables,
 * bigrams, synonyms and number parts each count with their own BM25 weight. QueryBuilder would instead merge
 * stacked terms into one SynonymQuery (one document frequency), which throws away what a bigram adds.
 * A term repeated in the query is boosted by its count, as the classic query parser's duplicate clauses would.
 */
public final class BagOfTermsQuery {

  private BagOfTermsQuery() {}

  public static Query build(Analyzer analyzer, String field, String text) {
    return of(field, counts(analyzer, field, text));
  }

  /** Each distinct analyzed term of the text with its count, in order of first occurrence. */
  public static Map<String, Integer> counts(Analyzer analyzer, String field, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute termAtt = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(termAtt.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query string failed", e);
    }
    return counts;
  }

  /** One SHOULD clause per term, boosted by its count. */
  public static Query of(String field, Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return new MatchNoDocsQuery("no terms");
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    counts.forEach((term, count) -> {
      Query q = new TermQuery(new Term(field, term));
      builder.add(count == 1 ? q : new BoostQuery(q, count), BooleanClause.Occur.SHOULD);
    });
    return builder.build();
  }
}
