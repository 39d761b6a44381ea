package vn.cancu.search;

import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.Schema;
import vn.cancu.index.Tokens;

/**
 * Builds the Lucene query of a {@link UserQuery}. Every included part must match the text, exact or
 * folded; the exact fields weigh more, so "dân" ranks "dân" above "dẫn" while
 * "dan" still finds both. A part the user typed without diacritics is excluded on folded fields, one
 * typed with them on exact fields.
 */
final class QueryFactory {
  private static final List<Weighted> FIELDS =
      List.of(
          new Weighted(Schema.exact(Schema.TEXT), 2f),
          new Weighted(Schema.folded(Schema.TEXT), 1f));

  private record Weighted(String field, float boost) {}

  private final FieldAnalyzers analyzers;
  private final QueryBuilder exact;
  private final QueryBuilder folded;

  QueryFactory(FieldAnalyzers analyzers) {
    this.analyzers = analyzers;
    this.exact = new QueryBuilder(analyzers.exact());
    this.folded = new QueryBuilder(analyzers.folded());
  }

  /** The query for the parts; a part with no searchable characters ("/", "…") is skipped. */
  Query build(UserQuery query, List<Query> extraShould) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int required = 0;
    for (UserQuery.Part part : query.include()) {
      Query q = matchAnywhere(part);
      if (q == null) continue;
      b.add(q, Occur.MUST);
      required++;
    }
    if (required == 0) {
      throw new BadQueryException("the query has no searchable words, only punctuation");
    }
    for (Query q : extraShould) b.add(q, Occur.SHOULD);
    for (UserQuery.Part part : query.exclude()) {
      boolean typedFolded = isFolded(part.text());
      Query q =
          typedFolded
              ? phrase(folded, Schema.folded(Schema.TEXT), part.text())
              : phrase(exact, Schema.exact(Schema.TEXT), part.text());
      if (q != null) b.add(q, Occur.MUST_NOT);
    }
    return b.build();
  }

  /** A part matching in any text field, with the fields' weights; null when it has no tokens. */
  Query matchAnywhere(UserQuery.Part part) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (Weighted w : FIELDS) {
      QueryBuilder builder = w.field().endsWith(Schema.FOLDED) ? folded : exact;
      Query q = phrase(builder, w.field(), part.text());
      if (q == null) continue;
      any.add(new BoostQuery(q, w.boost()), Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : any.build();
  }

  /** True when the text has nothing for folding to remove (typed without diacritics). */
  boolean isFolded(String text) {
    List<String> e = terms(analyzers.exact(), Schema.exact(Schema.TEXT), text);
    List<String> f = terms(analyzers.folded(), Schema.folded(Schema.TEXT), text);
    return e.equals(f);
  }

  private static List<String> terms(org.apache.lucene.analysis.Analyzer analyzer, String field, String text) {
    return Tokens.of(analyzer, field, text).stream().map(Tokens.Token::term).toList();
  }

  /** Adjacent tokens of a word ("33/CT-TTg" → 33 ct ttg) or a phrase must stay adjacent. */
  private static Query phrase(QueryBuilder builder, String field, String text) {
    Query q = builder.createPhraseQuery(field, text);
    return q == null || q instanceof MatchNoDocsQuery ? null : q;
  }
}
