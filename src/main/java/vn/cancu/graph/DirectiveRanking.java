package vn.cancu.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.DirectiveRecord;

/**
 * Ranks the documents that matching clauses rely on, in tiers: documents a matching clause cites
 * itself (explicit or footnote), then those only inherited, then those only inferred. Within a tier
 * the score decides, counting only the links of that tier (a document cited by one matching clause
 * and inherited by every plan is ranked on the citation): each plan counts once with its best
 * clause (explicit 1, footnote 0.9, inherited 0.5, inferred 0.3 × its agreement, times the
 * clause's relevance), and plans add up.
 */
public final class DirectiveRanking {
  private static final Map<BasisKind, Double> WEIGHTS =
      Map.of(BasisKind.EXPLICIT, 1.0, BasisKind.FOOTNOTE, 0.9, BasisKind.INHERITED, 0.5, BasisKind.INFERRED, 0.3);

  private DirectiveRanking() {}

  /**
   * @param matches the clauses search found for the task
   * @param basis a clause's links, by plan id and clause id
   */
  public static List<RankedDirective> rank(
      List<MatchedClause> matches, Function<MatchedClause, List<BasisLink>> basis, Catalog catalog, int limit) {
    Map<String, List<RankedDirective.ClauseEvidence>> byKey = new LinkedHashMap<>();
    for (MatchedClause m : matches) {
      for (BasisLink l : basis.apply(m)) {
        byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(new RankedDirective.ClauseEvidence(m, l));
      }
    }
    List<RankedDirective> out = new ArrayList<>();
    byKey.forEach((key, ev) -> out.add(ranked(key, ev, catalog)));
    out.sort(Comparator.comparingInt((RankedDirective r) -> tier(r.strongest()))
        .thenComparing(Comparator.comparingDouble(RankedDirective::score).reversed())
        .thenComparing(RankedDirective::key));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  private static int tier(BasisKind k) {
    return k == BasisKind.FOOTNOTE ? BasisKind.EXPLICIT.ordinal() : k.ordinal();
  }

  static double weight(RankedDirective.ClauseEvidence e) {
    double w = WEIGHTS.get(e.link().kind());
    if (e.link().kind() == BasisKind.INFERRED) w *= e.link().score();
    return w * e.clause().relevance();
  }

  private static RankedDirective ranked(String key, List<RankedDirective.ClauseEvidence> ev, Catalog catalog) {
    List<RankedDirective.ClauseEvidence> sorted = new ArrayList<>(ev);
    sorted.sort(Comparator.comparingInt((RankedDirective.ClauseEvidence e) -> e.link().kind().ordinal())
        .thenComparing(Comparator.comparingDouble(DirectiveRanking::weight).reversed()));
    BasisKind strongest = sorted.get(0).link().kind();
    Map<String, Double> bestPerPlan = new HashMap<>();
    for (RankedDirective.ClauseEvidence e : ev) {
      if (tier(e.link().kind()) == tier(strongest)) bestPerPlan.merge(e.clause().planId(), weight(e), Math::max);
    }
    double score = bestPerPlan.values().stream().mapToDouble(Double::doubleValue).sum();
    int plans = (int) ev.stream().map(e -> e.clause().planId()).distinct().count();
    DirectiveRecord r = catalog.find(key).filter(x -> x.scopedKey().equals(key)).orElse(null);
    String label = r == null ? key : r.shortCitation();
    String citation = r == null ? key : r.standardCitation();
    return new RankedDirective(key, label, citation, score, strongest, plans, sorted);
  }
}
