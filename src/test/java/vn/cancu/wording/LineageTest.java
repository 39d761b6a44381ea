package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cancu.document.Plan;

class LineageTest {
  private static final String[] PROVINCE_TEXT = {
    "Đẩy mạnh và nâng cao chất lượng, hiệu quả công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp.",
    "Phát huy vai trò của Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh.",
    "Triển khai thực hiện phải đồng bộ, phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương.",
    "Tăng cường công tác kiểm tra công vụ, kiểm tra việc thực hiện công tác dân vận của các cơ quan nhà nước."
  };
  private static final String[] COMMUNE_TEXT = {
    PROVINCE_TEXT[0], PROVINCE_TEXT[1], PROVINCE_TEXT[2],
    "Ủy ban nhân dân xã tổ chức tập huấn nghiệp vụ cho cán bộ, công chức phụ trách công tác dân vận ở thôn, bản."
  };

  private static SimilarPlan first(List<Plan> plans, String id) {
    return new Lineage(plans).similar(id, 5).get(0);
  }

  @Test
  void datesDecideWhichPlanCameFirst() {
    Plan older = HandPlans.plan("a", "lang-son", "tinh", LocalDate.of(2026, 2, 26), PROVINCE_TEXT);
    Plan newer = HandPlans.plan("b", "lang-son", "tinh", LocalDate.of(2026, 5, 25), COMMUNE_TEXT);
    SimilarPlan s = first(List.of(older, newer), "b");
    assertEquals("a", s.planId());
    assertEquals("derives-from", s.relation());
    assertTrue(s.reason().contains("26/02/2026"), s.reason());
    assertEquals("source-of", first(List.of(older, newer), "a").relation());
  }

  @Test
  void levelDecidesWithinAProvinceWhenADateIsMissing() {
    Plan province = HandPlans.plan("tinh", "lang-son", "tinh", null, PROVINCE_TEXT);
    Plan commune = HandPlans.plan("xa", "lang-son", "xa", LocalDate.of(2026, 5, 25), COMMUNE_TEXT);
    SimilarPlan s = first(List.of(province, commune), "xa");
    assertEquals("derives-from", s.relation());
    assertTrue(s.share() > 0.6 && s.share() < 1, "share " + s.share());
    assertEquals(List.of("1", "2", "3"), s.clauses().stream().map(SharedClause::clauseId).sorted().toList());
  }

  @Test
  void withoutEvidenceOfOrderPlansOnlyShareText() {
    Plan a = HandPlans.plan("a", "lang-son", "xa", null, PROVINCE_TEXT);
    Plan b = HandPlans.plan("b", "nghe-an", "tinh", null, COMMUNE_TEXT);
    assertEquals("shares-text", first(List.of(a, b), "b").relation());
    assertEquals("shares-text", first(List.of(a, b), "a").relation());
  }

  @Test
  void unrelatedPlansAreNotSimilar() {
    Plan a = HandPlans.plan("a", "lang-son", "tinh", null, PROVINCE_TEXT);
    Plan c = HandPlans.plan("c", "lang-son", "xa", null, "Tổ chức hội nghị tổng kết phong trào thi đua vào cuối năm tại hội trường xã.");
    assertTrue(new Lineage(List.of(a, c)).similar("c", 5).isEmpty());
  }

  @Test
  void aParentTiedOnRareTextWithManyPlansIsStillMeasured() {
    // X is boilerplate (in more than 100 plans), so candidates rank on Y alone, which the parent
    // shares with 25 other plans listed before it; only the parent also holds X.
    String x = PROVINCE_TEXT[0], y = PROVINCE_TEXT[1];
    List<Plan> plans = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) plans.add(HandPlans.plan("f" + i, "ha-noi", "xa", null, x, "Việc riêng số " + i + " của xã thứ " + i + " năm nay"));
    for (int i = 0; i < 25; i++) plans.add(HandPlans.plan("n" + i, "ha-noi", "xa", null, "Nội dung khác số " + i + " của đơn vị thứ " + i + " năm sau", y));
    plans.add(HandPlans.plan("parent", "lang-son", "tinh", LocalDate.of(2026, 2, 26), x, y, PROVINCE_TEXT[3]));
    plans.add(HandPlans.plan("b", "lang-son", "tinh", LocalDate.of(2026, 5, 25), x, y, COMMUNE_TEXT[3]));
    SimilarPlan s = first(plans, "b");
    assertEquals("parent", s.planId());
    assertEquals("derives-from", s.relation());
  }
}
