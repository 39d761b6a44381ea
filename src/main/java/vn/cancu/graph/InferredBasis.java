package vn.cancu.graph;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import vn.cancu.cite.Catalog;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Plan;
import vn.cancu.index.Schema;

/**
 * Suggestions for clauses, from the index: (a) similar clauses of other plans that cite a document
 * (More-Like-This over the folded clause text, see {@link CoCitation}), (b) the articles of
 * directive full texts whose wording the clause repeats. A hit's similarity is its score over the
 * clause's score against itself, so one threshold holds for short and long clauses alike.
 */
public final class InferredBasis {
  /** A neighbour clause must score at least this share of the clause's own score. */
  public static final double MIN_NEIGHBOUR = 0.3;
  /** Co-citation suggestions below this agreement are dropped. */
  public static final double MIN_AGREEMENT = 0.15;
  /** An article must score at least this share of the clause's own score. */
  public static final double MIN_ARTICLE = 0.35;
  private static final int NEIGHBOURS = 12;
  private static final int ARTICLES = 3;
  private static final int MIN_WORDS = 8;
  /** Article matching needs more words: a short clause's own score is low, which inflates ratios. */
  private static final int MIN_ARTICLE_WORDS = 30;
  private static final int EXCERPT = 400;

  private final IndexSearcher searcher;
  private final MoreLikeThis mlt;
  private final Catalog catalog;

  /** @param analyzer the index's per-field analyzer, which analyses {@code text_folded} as indexed */
  public InferredBasis(IndexSearcher searcher, Analyzer analyzer, Catalog catalog) {
    this.searcher = searcher;
    this.catalog = catalog;
    try {
      this.mlt = new MoreLikeThis(searcher.getIndexReader());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index for More-Like-This", e);
    }
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {Schema.folded(Schema.TEXT)});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(100);
    mlt.setMaxDocFreqPct(40); // words in most clauses ("công tác", "thực hiện") say nothing
  }

  /**
   * Inferred links for every clause of a plan: co-citation for clauses that state no link of their
   * own, articles for every clause with enough words.
   *
   * @param stated stated links of any clause, by plan id and clause id
   */
  public Map<String, List<BasisLink>> infer(Plan plan, BiFunction<String, String, List<BasisLink>> stated) {
    Map<String, List<BasisLink>> out = new LinkedHashMap<>();
    for (Clause c : plan.allClauses()) {
      List<BasisLink> links = infer(plan, c, stated);
      if (!links.isEmpty()) out.put(c.id(), links);
    }
    return out;
  }

  /** Inferred links for one clause of a plan (each clause is inferred on its own); empty if none. */
  public List<BasisLink> infer(Plan plan, Clause c, BiFunction<String, String, List<BasisLink>> stated) {
    String text = queryText(plan, c);
    if (Words.of(text).size() < MIN_WORDS) return List.of();
    try {
      Query like = mlt.like(Schema.folded(Schema.TEXT), new StringReader(text));
      double self = selfScore(like, plan.id() + "#" + c.id());
      if (self <= 0) return List.of();
      List<BasisLink> links = new ArrayList<>();
      boolean citesNothing = stated.apply(plan.id(), c.id()).stream()
          .noneMatch(l -> l.kind() == BasisKind.EXPLICIT || l.kind() == BasisKind.FOOTNOTE);
      if (citesNothing) {
        links.addAll(CoCitation.suggest(
            c.id(), plan.header().province(), neighbours(like, plan.id(), self), stated, MIN_AGREEMENT));
      }
      if (Words.of(text).size() >= MIN_ARTICLE_WORDS) links.addAll(articles(like, c.id(), self));
      return links.isEmpty() ? List.of() : Links.merge(links);
    } catch (IOException e) {
      throw new UncheckedIOException("More-Like-This failed for " + plan.id() + " " + c.id(), e);
    }
  }

  /** What the index holds for the clause: heading, body and the footnotes anchored in it. */
  static String queryText(Plan plan, Clause c) {
    StringBuilder b = new StringBuilder(c.fullText());
    for (Footnote f : plan.footnotes()) {
      if (c.id().equals(f.clauseId())) b.append('\n').append(f.text());
    }
    return b.toString();
  }

  private double selfScore(Query like, String id) throws IOException {
    Query q = new BooleanQuery.Builder().add(like, Occur.MUST).add(new TermQuery(new Term(Schema.ID, id)), Occur.FILTER).build();
    ScoreDoc[] hits = searcher.search(q, 1).scoreDocs;
    return hits.length == 0 ? 0 : hits[0].score;
  }

  private List<CoCitation.Similar> neighbours(Query like, String planId, double self) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(ofKind(like, Schema.Kind.CLAUSE), Occur.MUST)
        .add(new TermQuery(new Term(Schema.DOC, planId)), Occur.MUST_NOT)
        .build();
    List<CoCitation.Similar> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(q, NEIGHBOURS).scoreDocs) {
      double sim = Math.min(1, sd.score / self);
      if (sim < MIN_NEIGHBOUR) break;
      Document d = stored.document(sd.doc);
      out.add(new CoCitation.Similar(
          d.get(Schema.DOC), d.get(Schema.CLAUSE), d.get(Schema.PROVINCE), sim, excerpt(d.get(Schema.TEXT))));
    }
    return out;
  }

  private List<BasisLink> articles(Query like, String clauseId, double self) throws IOException {
    List<BasisLink> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(ofKind(like, Schema.Kind.ARTICLE), ARTICLES).scoreDocs) {
      double sim = Math.min(1, sd.score / self);
      if (sim < MIN_ARTICLE) break;
      Document d = stored.document(sd.doc);
      String key = CatalogKeys.canonical(catalog, d.get(Schema.DOC), false);
      String part = "Điều " + d.get(Schema.CLAUSE).replaceAll("\\D+", "");
      String heading = d.get(Schema.HEADING);
      Evidence e = new Evidence(key, part, null, 0, 0,
          part + (heading == null || heading.isEmpty() ? "" : ". " + heading) + " — " + excerpt(d.get(Schema.TEXT)));
      out.add(new BasisLink(clauseId, key, BasisKind.INFERRED, "implements", sim, List.of(e)));
    }
    return out;
  }

  private static Query ofKind(Query q, Schema.Kind kind) {
    DrillDownQuery dd = new DrillDownQuery(Schema.facetsConfig(), q);
    dd.add(Schema.KIND, kind.value());
    return dd;
  }

  private static String excerpt(String text) {
    if (text == null) return "";
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT) + "…";
  }
}
