package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.document.Plan;

class StatedBasisTest {
  private static final Plan PLAN = new PlanFixture("xa-a", PlanFixture.header("UBND xã A", "12/KH-UBND",
      LocalDate.of(2026, 3, 1), "Thực hiện công tác tiếp công dân năm 2026", "lang-son", "xa"))
      .basis("Căn cứ Luật Tiếp công dân ngày 25/11/2013; Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị"
          + " về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo;")
      .line("UBND xã ban hành Kế hoạch như sau:")
      .open("I", "I.", "NỘI DUNG", "")
      .clause("I.1", "1.", "Tiếp công dân", "Thực hiện nghiêm Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ"
          + " quy định chi tiết thi hành một số điều của Luật Tiếp công dân.")
      .clause("I.2", "2.", "Giải quyết khiếu nại", "Giải quyết kịp thời các vụ việc theo quy định của pháp luật¹.")
      .open("I.3", "3.", "Chuyển đổi số", "Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")
      .clause("I.3.a", "a)", "", "Số hóa hồ sơ tiếp công dân.")
      .close()
      .close()
      .clause("II", "II.", "TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện.")
      .footnote(1, "Luật Khiếu nại số 02/2011/QH13 ngày 11/11/2011.", "I.2")
      .build();

  private static PlanBasis read() {
    List<Citation> cs = new CitationExtractor().extract(PLAN);
    Catalog catalog = Catalog.build(Map.of(PLAN, cs), List.of());
    return new StatedBasis().read(PLAN, cs, new CatalogKeys(catalog));
  }

  private static String kinds(List<BasisLink> links) {
    return String.join(", ", links.stream().map(l -> l.kind().value() + " " + l.key()).toList());
  }

  @Test
  void clausesCarryTheirOwnFootnoteAndInheritedBasisStrongestFirst() {
    PlanBasis b = read();
    assertEquals("explicit 64/2014/NĐ-CP, explicit 42/2013/QH13, inherited 35-CT/TW", kinds(b.links("I.1")),
        "I.1 cites the decree and names the law in the decree's subject; 35-CT/TW comes from the basis");
    assertEquals("footnote 2/2011/QH13, inherited 42/2013/QH13, inherited 35-CT/TW", kinds(b.links("I.2")));
    assertEquals("inherited 57-NQ/TW, inherited 42/2013/QH13, inherited 35-CT/TW", kinds(b.links("I.3.a")),
        "the nearest enclosing clause comes before the plan's basis");
    assertEquals("inherited 42/2013/QH13, inherited 35-CT/TW", kinds(b.links("II")));
  }

  @Test
  void everyClauseHasAnEntryAndInheritedLinksPointAtTheirSource() {
    PlanBasis b = read();
    for (var c : PLAN.allClauses()) assertTrue(b.clauses().containsKey(c.id()), c.id());
    BasisLink law = b.links("II").get(0);
    assertEquals("basis", law.relation());
    Evidence e = law.evidence().get(0);
    assertEquals("basis", e.part());
    assertEquals("Luật Tiếp công dân", PLAN.text().substring(e.start(), e.end()).substring(0, 18));
    BasisLink nq57 = b.links("I.3.a").get(0);
    assertEquals("I.3", nq57.evidence().get(0).part());
    assertEquals("implements", nq57.relation());
  }

  @Test
  void basisParagraphsListTheirDocumentsAsExplicit() {
    PlanBasis b = read();
    assertEquals("explicit 42/2013/QH13, explicit 35-CT/TW", kinds(b.paragraphs().get(0)));
  }
}
