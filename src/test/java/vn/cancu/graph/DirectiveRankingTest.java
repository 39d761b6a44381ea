package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cancu.cite.Catalog;

class DirectiveRankingTest {
  private static BasisLink link(String clause, String key, BasisKind kind, double score) {
    return new BasisLink(clause, key, kind, "basis", score, List.of(new Evidence("p", clause, null, 0, 1, key)));
  }

  @Test
  void statedLinksOutrankInferredOnesAndPlansAddUp() {
    MatchedClause a = new MatchedClause("A", "II.1", 1.0, "tiếp công dân", "tiếp công dân");
    MatchedClause a2 = new MatchedClause("A", "II.2", 0.9, "tiếp công dân định kỳ", "tiếp công dân định kỳ");
    MatchedClause b = new MatchedClause("B", "I.3", 0.8, "tiếp công dân", "tiếp công dân");
    Map<MatchedClause, List<BasisLink>> links = Map.of(
        a, List.of(link("II.1", "LAW", BasisKind.EXPLICIT, 1), link("II.1", "GUESS", BasisKind.INFERRED, 0.9)),
        a2, List.of(link("II.2", "LAW", BasisKind.INHERITED, 1), link("II.2", "PARTY", BasisKind.INHERITED, 1)),
        b, List.of(link("I.3", "PARTY", BasisKind.INHERITED, 1), link("I.3", "GUESS", BasisKind.INFERRED, 0.5)));
    List<RankedDirective> r = DirectiveRanking.rank(List.of(a, a2, b), links::get, Catalog.build(Map.of(), List.of()), 10);
    assertEquals(List.of("LAW", "PARTY", "GUESS"), r.stream().map(RankedDirective::key).toList());
    // LAW: plan A best = explicit 1 × 1.0; PARTY: A 0.5 × 0.9 + B 0.5 × 0.8; GUESS: A 0.3×0.9×1 + B 0.3×0.5×0.8
    assertEquals(1.0, r.get(0).score(), 1e-9);
    assertEquals(0.85, r.get(1).score(), 1e-9);
    assertEquals(0.39, r.get(2).score(), 1e-9);
    assertEquals(2, r.get(1).plans());
    assertEquals(BasisKind.EXPLICIT, r.get(0).strongest());
    assertEquals(List.of("II.1", "II.2"), r.get(0).clauses().stream().map(e -> e.clause().clauseId()).toList(),
        "the explicit clause first, then the inherited one");
  }

  @Test
  void aDocumentCitedInOneClauseOutranksOneInheritedByManyPlans() {
    MatchedClause weak = new MatchedClause("A", "I.1", 0.4, "tiếp công dân", "tiếp công dân");
    List<MatchedClause> many = List.of(new MatchedClause("B", "I", 1, "x", "x"), new MatchedClause("C", "I", 1, "x", "x"),
        new MatchedClause("D", "I", 1, "x", "x"));
    Map<MatchedClause, List<BasisLink>> links = new java.util.HashMap<>();
    links.put(weak, List.of(link("I.1", "CITED", BasisKind.EXPLICIT, 1)));
    for (MatchedClause m : many) links.put(m, List.of(link("I", "BASIS", BasisKind.INHERITED, 1)));
    List<MatchedClause> all = new java.util.ArrayList<>(many);
    all.add(weak);
    List<RankedDirective> r = DirectiveRanking.rank(all, links::get, Catalog.build(Map.of(), List.of()), 10);
    assertEquals(List.of("CITED", "BASIS"), r.stream().map(RankedDirective::key).toList());
    assertEquals(1.5, r.get(1).score(), 1e-9);
  }
}
