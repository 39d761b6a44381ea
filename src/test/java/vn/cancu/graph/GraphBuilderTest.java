package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cancu.cite.Article;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Plan;

class GraphBuilderTest {
  /** A provincial plan without its own "Số", as copies often are. */
  static final Plan PROVINCE = new PlanFixture("tinh", PlanFixture.header("UBND tỉnh Lạng Sơn", null, null,
      "Thực hiện công tác dân vận chính quyền năm 2026 trên địa bàn tỉnh Lạng Sơn", "lang-son", "tinh"))
      .basis("Thực hiện Kế hoạch số 18-KH/TU, ngày 04/02/2026 của Ban Thường vụ Tỉnh ủy Lạng Sơn về tổ chức"
          + " thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2026 - 2030;")
      .open("I", "I.", "NHIỆM VỤ", "")
      .clause("I.1", "1.", "", "Quán triệt Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện"
          + " Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI).")
      .clause("I.2", "2.", "", "Thực hiện Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết"
          + " một số điều của Luật Thực hiện dân chủ ở cơ sở; công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở.")
      .close()
      .build();

  /** A commune plan citing the provincial one by a number the provincial copy does not carry. */
  static final Plan COMMUNE = new PlanFixture("xa", PlanFixture.header("UBND xã Đình Lập", "179/KH-UBND",
      LocalDate.of(2026, 5, 25), "Thực hiện công tác dân vận chính quyền năm 2026 trên địa bàn xã Đình Lập",
      "lang-son", "xa"))
      .basis("Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ; Kế hoạch số 61/KH-UBND, ngày"
          + " 26/02/2026 của UBND tỉnh Lạng Sơn về thực hiện công tác dân vận chính quyền năm 2026 trên địa bàn tỉnh;")
      .clause("I", "I.", "NHIỆM VỤ", "Tổ chức đối thoại với Nhân dân.")
      .build();

  /** Same wording from another province: must not resolve to the Lạng Sơn plan. */
  static final Plan OTHER_PROVINCE = new PlanFixture("xa-khac", PlanFixture.header("UBND xã Vĩnh Thủy",
      "20/KH-UBND", LocalDate.of(2026, 3, 2), "Công tác dân vận chính quyền năm 2026", "quang-tri", "xa"))
      .basis("Căn cứ Kế hoạch số 61/KH-UBND, ngày 26/02/2026 của UBND tỉnh Quảng Trị về thực hiện công tác dân"
          + " vận chính quyền năm 2026 trên địa bàn tỉnh;")
      .clause("I", "I.", "NHIỆM VỤ", "Tổ chức đối thoại với Nhân dân.")
      .build();

  static CitationGraph graph(List<Plan> plans, List<DirectiveText> texts) {
    CitationExtractor extractor = new CitationExtractor();
    Map<Plan, List<Citation>> byPlan = new LinkedHashMap<>();
    Map<String, List<Citation>> byId = new LinkedHashMap<>();
    for (Plan p : plans) {
      List<Citation> cs = extractor.extract(p);
      byPlan.put(p, cs);
      byId.put(p.id(), cs);
    }
    return GraphBuilder.build(plans, byId, Catalog.build(byPlan, texts), texts);
  }

  private static List<String> relations(CitationGraph g, String source, String target) {
    return g.edges(source, target).stream().map(Edge::relation).toList();
  }

  @Test
  void subjectsGiveTypedEdgesBetweenDocuments() {
    CitationGraph g = graph(List.of(PROVINCE), List.of());
    assertEquals(List.of("implements"), relations(g, "43-KL/TW", "25-NQ/TW"));
    assertEquals(List.of("details"), relations(g, "59/2023/NĐ-CP", "10/2022/QH15"));
    Edge e = g.edges("43-KL/TW", "25-NQ/TW").get(0);
    assertEquals("tinh", e.evidence().get(0).doc());
    assertEquals("I.1", e.evidence().get(0).part());
    assertEquals(List.of("implements"), relations(g, "tinh", "43-KL/TW"));
    assertEquals(List.of("implements"), relations(g, "tinh", "18-KH/TU@lang-son"));
  }

  @Test
  void aCommunePlanImplementsTheProvincialPlanItCitesWithoutNumber() {
    CitationGraph g = graph(List.of(PROVINCE, COMMUNE, OTHER_PROVINCE), List.of());
    assertEquals(List.of("implements"), relations(g, "xa", "tinh"));
    assertEquals("tinh", g.find("61/KH-UBND@lang-son").orElseThrow().id());
    assertTrue(g.edges("xa-khac", "tinh").isEmpty(), "a Quảng Trị citation must not reach the Lạng Sơn plan");
    assertEquals(List.of("basis"), relations(g, "xa-khac", "61/KH-UBND@quang-tri"));
    assertFalse(g.node("61/KH-UBND@lang-son").isPresent(), "the resolved key is an alias, not a node of its own");
  }

  @Test
  void pinCitesLinkToTheArticleWhenItsTextIsKnown() {
    DirectiveText law = new DirectiveText("10/2022/QH15",
        "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022",
        List.of(new Article(11, "Những nội dung chính quyền địa phương cấp xã phải công khai", "1. ...")));
    CitationGraph g = graph(List.of(PROVINCE), List.of(law));
    Node article = g.node("10/2022/QH15#11").orElseThrow();
    assertEquals(Node.ARTICLE, article.kind());
    assertEquals(1, g.edges("tinh", "10/2022/QH15#11").size());
    assertTrue(g.edges("tinh", "10/2022/QH15#11").get(0).evidence().get(0).text().startsWith("Điều 11 "));
    assertEquals(List.of("part-of"), relations(g, "10/2022/QH15#11", "10/2022/QH15"));
  }

  @Test
  void focusKeepsTheNeighbourhoodAndFilterKeepsNeighbours() {
    CitationGraph g = graph(List.of(PROVINCE, COMMUNE, OTHER_PROVINCE), List.of());
    CitationGraph near = g.around(g.find("25-NQ/TW").orElseThrow(), 1);
    assertEquals(List.of("tinh", "43-KL/TW", "25-NQ/TW").stream().sorted().toList(),
        near.nodes().stream().map(Node::id).sorted().toList());
    CitationGraph qt = g.filter(null, "quang-tri");
    assertTrue(qt.node("xa-khac").isPresent());
    assertFalse(qt.node("tinh").isPresent());
  }
}
