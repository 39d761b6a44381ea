package vn.cancu.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.Schema;
import vn.cancu.index.Words;

/**
 * Builds the Lucene query of a {@link UserQuery}. Every included part must match the text, exact
 * or folded; the exact field weighs more, so "dân" ranks "dân" above "dẫn" while "dan" still finds
 * both. Consecutive plain words also score as a phrase ("dan van kheo" → "Dân vận khéo" first). A
 * part the user typed without diacritics is excluded on the folded field, one typed with them on
 * the exact field.
 */
final class QueryFactory {
  static final float EXACT_BOOST = 2f;
  static final float ADJACENT_BOOST = 1f;

  private final QueryBuilder exact;
  private final QueryBuilder folded;

  QueryFactory(FieldAnalyzers analyzers) {
    this.exact = new QueryBuilder(analyzers.exactQuery());
    this.folded = new QueryBuilder(analyzers.foldedQuery());
  }

  /** One included part's queries on each field, kept apart for highlighting. */
  record PartQuery(UserQuery.Part part, Query exact, Query folded) {
    Query combined() {
      return new BooleanQuery.Builder()
          .add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD)
          .add(folded, Occur.SHOULD)
          .build();
    }
  }

  /** The Lucene query and the part queries it was made of. */
  record Compiled(Query query, List<PartQuery> parts) {}

  /**
   * The query for the parts, plus optional extra scoring clauses; a part with no searchable
   * characters ("/", "…") is skipped, and a query of nothing but such parts is a bad query.
   */
  Compiled build(UserQuery query, List<Query> extraShould) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<PartQuery> parts = new ArrayList<>();
    for (UserQuery.Part part : query.include()) {
      PartQuery pq = part(part);
      if (pq == null) continue;
      b.add(pq.combined(), Occur.MUST);
      parts.add(pq);
    }
    if (parts.isEmpty()) throw new BadQueryException("the query has no searchable words, only punctuation");
    for (String run : plainRuns(query)) {
      Query e = phrase(exact, Schema.exact(Schema.TEXT), run);
      Query f = phrase(folded, Schema.folded(Schema.TEXT), run);
      if (e != null) b.add(new BoostQuery(e, ADJACENT_BOOST * EXACT_BOOST), Occur.SHOULD);
      if (f != null) b.add(new BoostQuery(f, ADJACENT_BOOST), Occur.SHOULD);
    }
    for (Query q : extraShould) b.add(q, Occur.SHOULD);
    for (UserQuery.Part part : query.exclude()) {
      Query q =
          Words.isFolded(part.text())
              ? phrase(folded, Schema.folded(Schema.TEXT), part.text())
              : phrase(exact, Schema.exact(Schema.TEXT), part.text());
      if (q != null) b.add(q, Occur.MUST_NOT);
    }
    return new Compiled(b.build(), parts);
  }

  /** A part's queries on the exact and folded text; null when it has no tokens. */
  PartQuery part(UserQuery.Part part) {
    Query e = phrase(exact, Schema.exact(Schema.TEXT), part.text());
    Query f = phrase(folded, Schema.folded(Schema.TEXT), part.text());
    return e == null || f == null ? null : new PartQuery(part, e, f);
  }

  /** Runs of two or more consecutive plain words, joined by spaces. */
  private static List<String> plainRuns(UserQuery query) {
    List<String> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (UserQuery.Part part : query.include()) {
      if (!part.phrase()) {
        run.add(part.text());
        continue;
      }
      if (run.size() > 1) runs.add(String.join(" ", run));
      run.clear();
    }
    if (run.size() > 1) runs.add(String.join(" ", run));
    return runs;
  }

  /** Tokens of a word ("33/CT-TTg") or a phrase must stay in order and adjacent. */
  private static Query phrase(QueryBuilder builder, String field, String text) {
    Query q = builder.createPhraseQuery(field, text);
    return q == null || q instanceof MatchNoDocsQuery ? null : q;
  }
}
