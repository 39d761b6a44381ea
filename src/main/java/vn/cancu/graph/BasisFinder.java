package vn.cancu.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cancu.cite.Catalog;
import vn.cancu.index.Schema;
import vn.cancu.search.Hit;
import vn.cancu.search.SearchPage;
import vn.cancu.search.SearchRequest;
import vn.cancu.search.SearchService;

/**
 * "Which directives does this task rely on?": the clauses search finds for a task phrase, and the
 * documents those clauses rely on, ranked by {@link DirectiveRanking}, each with its clauses.
 */
public final class BasisFinder {
  /** How many clauses are read for one task. */
  static final int CLAUSES = 60;
  /** Clauses scoring below this share of the best hit are too loosely related to count. */
  static final double MIN_RELEVANCE = 0.3;

  private final SearchService search;
  private final CorpusBasis basis;
  private final Catalog catalog;

  /** The answer for one task. */
  public record TaskBasis(String task, int clauses, List<RankedDirective> directives) {
    public TaskBasis {
      directives = List.copyOf(directives);
    }
  }

  public BasisFinder(SearchService search, CorpusBasis basis, Catalog catalog) {
    this.search = Objects.requireNonNull(search, "search");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** @param limit how many documents to return */
  public TaskBasis find(String task, int limit) {
    SearchPage page = search.search(
        new SearchRequest(task, Map.of(Schema.KIND, List.of(Schema.Kind.CLAUSE.value())), 0, CLAUSES).withoutFacets());
    List<MatchedClause> matches = new ArrayList<>();
    double best = page.hits().isEmpty() ? 0 : page.hits().get(0).score();
    for (Hit h : page.hits()) {
      double relevance = h.score() / best;
      if (relevance < MIN_RELEVANCE) break;
      matches.add(new MatchedClause(h.doc(), h.clause(), relevance, h.text(), h.snippet()));
    }
    List<RankedDirective> ranked =
        DirectiveRanking.rank(matches, m -> basis.links(m.planId(), m.clauseId()), catalog, limit);
    return new TaskBasis(task, matches.size(), ranked);
  }
}
