package vn.cancu.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.Schema;
import vn.cancu.index.Words;
import vn.cancu.text.analysis.BagOfTermsQuery;
import vn.cancu.text.analysis.WordPhrases;

/**
 * Builds the Lucene query of a {@link UserQuery}. Every included part must match the text, exact
 * or folded; the exact field weighs more, so "dân" ranks "dân" above "dẫn" while "dan" still finds
 * both. Consecutive plain words also score as a phrase and by their word bigrams ("dan van kheo" →
 * "Dân vận khéo" first). A
 * part the user typed without diacritics is excluded on the folded field, one typed with them on
 * the exact field.
 */
final class QueryFactory {
  static final float EXACT_BOOST = 2f;
  static final float ADJACENT_BOOST = 1f;
  static final float CITED_BOOST = 20f;
  /** "chỉ thị 33" still marks "Chỉ thị số 33/CT-TTg". */
  static final int SYMBOL_WORDS_SLOP = 2;

  private final Side exact;
  private final Side folded;

  QueryFactory(FieldAnalyzers analyzers) {
    this.exact = new Side(analyzers.exactQuery(), Schema.exact(Schema.TEXT));
    this.folded = new Side(analyzers.foldedQuery(), Schema.folded(Schema.TEXT));
  }

  /** The text field of one spelling (exact or folded) and its query analyzer. */
  private static final class Side {
    final Analyzer analyzer;
    final QueryBuilder builder;
    final String field;

    Side(Analyzer analyzer, String field) {
      this.analyzer = analyzer;
      this.builder = new QueryBuilder(analyzer);
      this.field = field;
    }

    /**
     * Tokens of a word ("33/CT-TTg") or a phrase must stay in order and adjacent; words of letters
     * match through their bigrams ({@link WordPhrases}). Null when the text has no tokens.
     */
    Query phrase(String text) {
      Query q = WordPhrases.build(analyzer, field, text);
      return q != null ? q : orNull(builder.createPhraseQuery(field, text));
    }

    /** The words within {@code slop} positions of their order. */
    Query near(String text, int slop) {
      return orNull(builder.createPhraseQuery(field, text, slop));
    }

    /** Every syllable, bigram, synonym and number part of the text, with its count. */
    Map<String, Integer> bag(String text) {
      return BagOfTermsQuery.counts(analyzer, field, text);
    }

    private static Query orNull(Query q) {
      return q == null || q instanceof MatchNoDocsQuery ? null : q;
    }
  }

  /** One included part's queries on each field. */
  record PartQuery(UserQuery.Part part, Query exact, Query folded) {
    Query combined() {
      return combined(EXACT_BOOST, 1f);
    }

    Query combined(float exactBoost, float foldedBoost) {
      return new BooleanQuery.Builder()
          .add(new BoostQuery(exact, exactBoost), Occur.SHOULD)
          .add(foldedBoost == 1f ? folded : new BoostQuery(folded, foldedBoost), Occur.SHOULD)
          .build();
    }
  }

  /** What the highlighter marks for one unit of the query: a word, a phrase, or a document number. */
  record Unit(Query exact, Query folded) {}

  /**
   * The Lucene queries and the units to highlight.
   *
   * @param query ranks: every clause, with its weight
   * @param matching matches the same documents, reading less: the required parts on the folded text
   *     only (a word found with its diacritics is found without them) and no ranking-only clauses
   */
  record Compiled(Query query, Query matching, List<Unit> units) {}

  /**
   * The query for the parts. Parts forming a recognised document number ("chỉ thị 33") must match
   * as a group: either in the text, or as a key the clause cites, which weighs most, so the clauses
   * citing it come first even when the number sits in a footnote. A part with no searchable
   * characters ("/", "…") is skipped; a query of nothing but such parts is a bad query.
   */
  Compiled build(UserQuery query, List<SymbolRecognizer.Match> symbols) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder m = new BooleanQuery.Builder();
    List<Unit> units = new ArrayList<>();
    List<UserQuery.Part> include = query.include();
    List<String> runs = plainRuns(query);
    // Word bigrams ("dân vận") each with their own BM25 weight, which a phrase query cannot give, and
    // the runs' syllables again: a syllable that is also a required word is scored once, its weights added.
    Map<String, Integer> exactBag = new LinkedHashMap<>();
    Map<String, Integer> foldedBag = new LinkedHashMap<>();
    for (String run : runs) {
      exact.bag(run).forEach((t, c) -> exactBag.merge(t, c, Integer::sum));
      folded.bag(run).forEach((t, c) -> foldedBag.merge(t, c, Integer::sum));
    }
    int required = 0;
    for (int i = 0; i < include.size(); ) {
      SymbolRecognizer.Match symbol = startingAt(symbols, i);
      int to = symbol == null ? i + 1 : symbol.to();
      BooleanQuery.Builder text = new BooleanQuery.Builder();
      BooleanQuery.Builder foldedText = new BooleanQuery.Builder();
      int matched = 0;
      for (int k = i; k < to; k++) {
        PartQuery pq = part(include.get(k));
        if (pq == null) continue;
        text.add(symbol == null ? withBagWeight(pq, exactBag, foldedBag) : pq.combined(), Occur.MUST);
        foldedText.add(pq.folded(), Occur.MUST);
        if (symbol == null) units.add(new Unit(pq.exact(), pq.folded()));
        matched++;
      }
      Query group = matched == 0 ? null : text.build();
      Query matchingGroup = matched == 0 ? null : foldedText.build();
      if (symbol != null) {
        group = citedOr(symbol, group);
        matchingGroup = citedOr(symbol, matchingGroup);
        units.add(symbolUnit(symbol, include.subList(i, to)));
      }
      if (group != null) {
        b.add(group, Occur.MUST);
        m.add(matchingGroup, Occur.FILTER);
        required++;
      }
      i = to;
    }
    if (required == 0) throw new BadQueryException("truy vấn không có từ nào để tìm, chỉ có dấu câu");
    for (String run : runs) {
      Query e = exact.phrase(run);
      Query f = folded.phrase(run);
      if (e != null) b.add(new BoostQuery(e, ADJACENT_BOOST * EXACT_BOOST), Occur.SHOULD);
      if (f != null) b.add(new BoostQuery(f, ADJACENT_BOOST), Occur.SHOULD);
    }
    if (!exactBag.isEmpty()) b.add(new BoostQuery(BagOfTermsQuery.of(exact.field, exactBag), EXACT_BOOST), Occur.SHOULD);
    if (!foldedBag.isEmpty()) b.add(BagOfTermsQuery.of(folded.field, foldedBag), Occur.SHOULD);
    for (UserQuery.Part part : query.exclude()) {
      Query q = Words.isFolded(part.text()) ? folded.phrase(part.text()) : exact.phrase(part.text());
      if (q != null) {
        b.add(q, Occur.MUST_NOT);
        m.add(q, Occur.MUST_NOT);
      }
    }
    return new Compiled(b.build(), m.build(), units);
  }

  /**
   * A required word's query with the weight of its syllable in the bag moved onto it (and taken out
   * of the bag): BM25 is linear in the boost, so the score is the same and the postings are read once.
   */
  private static Query withBagWeight(PartQuery pq, Map<String, Integer> exactBag, Map<String, Integer> foldedBag) {
    int e = pq.exact() instanceof TermQuery t ? Objects.requireNonNullElse(exactBag.remove(t.getTerm().text()), 0) : 0;
    int f = pq.folded() instanceof TermQuery t ? Objects.requireNonNullElse(foldedBag.remove(t.getTerm().text()), 0) : 0;
    return pq.combined(EXACT_BOOST * (1 + e), 1 + f);
  }

  /**
   * A document number is marked where its key is written ("33/CT-TTg") or where its words occur
   * close together ("Chỉ thị số 33"), not wherever "33" or "CT" appears alone.
   */
  private Unit symbolUnit(SymbolRecognizer.Match symbol, List<UserQuery.Part> parts) {
    String words = String.join(" ", parts.stream().map(UserQuery.Part::text).toList());
    return new Unit(anyOf(exact, symbol, words), anyOf(folded, symbol, words));
  }

  private static Query anyOf(Side side, SymbolRecognizer.Match symbol, String words) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String key : symbol.keys()) {
      Query q = side.phrase(key);
      if (q != null) any.add(q, Occur.SHOULD);
    }
    Query near = side.near(words, SYMBOL_WORDS_SLOP);
    if (near != null) any.add(near, Occur.SHOULD);
    return any.build();
  }

  private static SymbolRecognizer.Match startingAt(List<SymbolRecognizer.Match> symbols, int i) {
    return symbols.stream().filter(m -> m.from() == i).findFirst().orElse(null);
  }

  /** The cited-key matches of a document number, or its words in the text. */
  private static Query citedOr(SymbolRecognizer.Match symbol, Query text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String key : symbol.keys()) {
      any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.CITED_KEY, key))), CITED_BOOST), Occur.SHOULD);
    }
    for (String tn : symbol.typeNumbers()) {
      Query q = new ConstantScoreQuery(new TermQuery(new Term(Schema.CITED_TYPE_NUMBER, tn)));
      any.add(new BoostQuery(q, CITED_BOOST / 2), Occur.SHOULD);
    }
    if (text != null) any.add(text, Occur.SHOULD);
    return any.build();
  }

  /** A part's queries on the exact and folded text; null when it has no tokens. */
  PartQuery part(UserQuery.Part part) {
    Query e = exact.phrase(part.text());
    Query f = folded.phrase(part.text());
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

}
