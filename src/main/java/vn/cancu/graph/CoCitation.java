package vn.cancu.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Suggests documents for a clause that cites none, from similar clauses of other plans that do.
 * Each plan votes once, with its most similar clause citing the document; the vote is that clause's
 * similarity, divided by the square root of how many documents the clause cites (a clause listing
 * twelve documents says little about any one of them). A document's score is the sum of its votes
 * over the sum of the best similarity of every neighbour plan that could have cited it, times the
 * best similarity, so one weak look-alike cannot make a strong suggestion. A local document (scoped
 * to a province, "320-QĐ/TU@lang-son") binds only that province: it is suggested only to a clause
 * of a plan of that province, and only neighbours of that province count towards its agreement
 * (another province's plan cannot cite it, so its silence says nothing). Pure.
 */
final class CoCitation {
  /**
   * A clause of another plan and how similar it is, in (0, 1].
   *
   * @param province the plan's province slug, null if unknown
   */
  record Similar(String planId, String clauseId, String province, double similarity, String text) {}

  private CoCitation() {}

  /**
   * @param province the province slug of the clause's plan, null if unknown
   * @param stated a clause's explicit and footnote links, by plan id and clause id
   * @param minScore suggestions below this agreement are dropped
   */
  static List<BasisLink> suggest(String clauseId, String province, List<Similar> similar,
      BiFunction<String, String, List<BasisLink>> stated, double minScore) {
    Map<String, Similar> bestPerPlan = new LinkedHashMap<>();
    for (Similar s : similar) bestPerPlan.merge(s.planId(), s, (a, b) -> a.similarity() >= b.similarity() ? a : b);
    // key → (plan → the most similar of its clauses citing the key)
    Map<String, Map<String, Similar>> votes = new LinkedHashMap<>();
    Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
    Map<String, String> relations = new HashMap<>();
    for (Similar s : similar) {
      List<BasisLink> cited = stated.apply(s.planId(), s.clauseId()).stream()
          .filter(l -> l.kind() == BasisKind.EXPLICIT || l.kind() == BasisKind.FOOTNOTE)
          .toList();
      for (BasisLink l : cited) {
        double vote = s.similarity() / Math.sqrt(cited.size());
        Double seen = weights.computeIfAbsent(l.key(), k -> new LinkedHashMap<>()).get(s.planId());
        if (seen != null && seen >= vote) continue;
        weights.get(l.key()).put(s.planId(), vote);
        votes.computeIfAbsent(l.key(), k -> new LinkedHashMap<>()).put(s.planId(), s);
        relations.putIfAbsent(l.key(), l.relation());
      }
    }
    List<BasisLink> out = new ArrayList<>();
    votes.forEach((key, byPlan) -> {
      String scope = CatalogKeys.scope(key);
      if (scope != null && !scope.equals(province)) return;
      double total = bestPerPlan.values().stream()
          .filter(s -> scope == null || scope.equals(s.province()) || byPlan.containsKey(s.planId()))
          .mapToDouble(Similar::similarity)
          .sum();
      double agree = weights.get(key).values().stream().mapToDouble(Double::doubleValue).sum();
      double best = byPlan.values().stream().mapToDouble(Similar::similarity).max().orElse(0);
      double score = agree / total * best;
      if (score < minScore) return;
      List<Evidence> ev = byPlan.values().stream()
          .sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
          .map(s -> new Evidence(s.planId(), s.clauseId(), null, 0, 0, s.text()))
          .toList();
      out.add(new BasisLink(clauseId, key, BasisKind.INFERRED, relations.get(key), score, ev));
    });
    return Links.merge(out);
  }
}
