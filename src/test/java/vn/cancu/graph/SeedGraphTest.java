package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cancu.document.Clause;
import vn.cancu.document.Plan;

/** The seed corpus through ingest, document, cite and graph. */
class SeedGraphTest {
  private static final Seeds SEEDS = new Seeds(null);

  private static List<String> relations(CitationGraph g, String source, String target) {
    return g.edges(source, target).stream().map(Edge::relation).toList();
  }

  @Test
  void theCommunePlanImplementsTheProvincialPlanFoundByDescription() {
    CitationGraph g = SEEDS.graph();
    String commune = SEEDS.plan("lang-son_dinh-lap").id();
    String province = SEEDS.plan("lang-son_ke-hoach").id();
    assertEquals(List.of("implements"), relations(g, commune, province));
    Edge e = g.edges(commune, province).get(0);
    assertTrue(e.evidence().get(0).text().startsWith("Kế hoạch số 61/KH-UBND"), e.evidence().get(0).text());
    for (Plan p : SEEDS.plans) {
      if (p.id().equals(commune)) continue;
      assertTrue(g.edges(p.id(), province).isEmpty(), p.id() + " does not cite the Lạng Sơn plan");
    }
  }

  @Test
  void documentsLinkToTheDocumentsTheirSubjectsName() {
    CitationGraph g = SEEDS.graph();
    assertEquals(List.of("implements"), relations(g, "43-KL/TW", "25-NQ/TW"));
    assertEquals(List.of("details"), relations(g, "59/2023/NĐ-CP", "10/2022/QH15"));
  }

  @Test
  void everyClauseOfEverySeedHasABasis() {
    StatedBasis stated = new StatedBasis();
    CatalogKeys keys = new CatalogKeys(SEEDS.catalog);
    for (Plan p : SEEDS.plans) {
      PlanBasis b = stated.read(p, SEEDS.citations.get(p.id()), keys);
      assertFalse(p.allClauses().isEmpty(), p.id());
      for (Clause c : p.allClauses()) {
        assertFalse(b.links(c.id()).isEmpty(), p.id() + " " + c.id() + " has no basis");
      }
    }
  }
}
