package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Co-citation agreement, on hand-made neighbours: who may vote for a local document and who counts against it. */
class CoCitationTest {
  static final String LOCAL = "320-QĐ/TU@lang-son";
  static final String CENTRAL = "35-CT/TW";

  /** Neighbours of a Lạng Sơn commune clause on citizen reception: one Lạng Sơn plan cites, two other provinces' plans cite nothing. */
  static final List<CoCitation.Similar> NEIGHBOURS = List.of(
      new CoCitation.Similar("ninh-binh-plan", "IV.3-2", "ninh-binh", 0.47, "Tiếp công dân..."),
      new CoCitation.Similar("lang-son-plan", "II.5", "lang-son", 0.46, "Đối thoại với Nhân dân..."),
      new CoCitation.Similar("nghe-an-plan", "I.4", "nghe-an", 0.36, "Giải quyết khiếu nại..."));

  static final Map<String, List<BasisLink>> CITED = Map.of(
      "lang-son-plan#II.5", List.of(cites("II.5", LOCAL), cites("II.5", CENTRAL)));

  static final BiFunction<String, String, List<BasisLink>> STATED =
      (plan, clause) -> CITED.getOrDefault(plan + "#" + clause, List.of());

  private static BasisLink cites(String clause, String key) {
    return new BasisLink(clause, key, BasisKind.EXPLICIT, "basis", 1, List.of(new Evidence("p", clause, null, 0, 1, key)));
  }

  private static double score(List<BasisLink> links, String key) {
    return links.stream().filter(l -> l.key().equals(key)).mapToDouble(BasisLink::score).findFirst().orElse(0);
  }

  @Test
  void otherProvincesCountAgainstACentralDocumentButNotAgainstALocalOne() {
    List<BasisLink> links = CoCitation.suggest("III.2-1", "lang-son", NEIGHBOURS, STATED, 0);
    double vote = 0.46 / Math.sqrt(2); // the clause cites two documents
    assertEquals(vote / (0.47 + 0.46 + 0.36) * 0.46, score(links, CENTRAL), 1e-9);
    assertEquals(vote / 0.46 * 0.46, score(links, LOCAL), 1e-9);
  }

  @Test
  void aLocalDocumentIsNeverSuggestedToAPlanOfAnotherProvinceOrOfAnUnknownOne() {
    for (String province : new String[] {"ninh-binh", null}) {
      List<BasisLink> links = CoCitation.suggest("III.2-1", province, NEIGHBOURS, STATED, 0);
      assertEquals(List.of(CENTRAL), links.stream().map(BasisLink::key).toList(), "for a plan of " + province);
    }
  }

  @Test
  void silentNeighboursOfTheSameProvinceStillCountAgainstALocalDocument() {
    List<CoCitation.Similar> more = new java.util.ArrayList<>(NEIGHBOURS);
    more.add(new CoCitation.Similar("lang-son-district", "II.2", "lang-son", 0.5, "Tiếp công dân..."));
    double vote = 0.46 / Math.sqrt(2);
    assertEquals(vote / (0.46 + 0.5) * 0.46, score(CoCitation.suggest("III.2-1", "lang-son", more, STATED, 0), LOCAL), 1e-9);
  }
}
