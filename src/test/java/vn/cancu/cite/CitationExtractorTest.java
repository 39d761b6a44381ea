package vn.cancu.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/** Plan context on parsed seeds: clause, footnote, scope, relation, and the plan's own number. */
class CitationExtractorTest {
  private final CitationExtractor extractor = new CitationExtractor();

  private static List<Citation> of(String seed) {
    return new CitationExtractor().extract(new SeedGold(seed, java.util.Map.of()).plan());
  }

  @Test
  void footnoteMentionsCarryMarkerAndTheAnchorsClause() {
    Plan plan = new SeedGold("lang-son_ke-hoach-dan-van-chinh-quyen-2026", java.util.Map.of()).plan();
    Citation kl120 = extractor.extract(plan).stream().filter(c -> c.key().equals("120-KL/TW")).findFirst().orElseThrow();
    assertEquals(2, kl120.footnote());
    assertEquals(plan.footnotes().get(1).clauseId(), kl120.clause());
    assertEquals("Kết luận số 120-KL/TW", plan.text().substring(kl120.start(), kl120.start() + 21));
  }

  @Test
  void basisParagraphsAreBasisAndHaveNoClause() {
    List<Citation> cs = of("lang-son_dinh-lap_ke-hoach-179-dan-van-chinh-quyen-2026");
    List<Citation> basis = cs.stream().filter(c -> c.relation().equals("basis") && c.footnote() == null).toList();
    assertEquals(List.of("10/2022/QH15", "59/2023/NĐ-CP", "33/CT-TTg", "61/KH-UBND"),
        basis.stream().map(Citation::key).toList());
    basis.forEach(c -> assertEquals(null, c.clause(), c.written()));
  }

  @Test
  void ownNumberIsNotACitation() {
    assertTrue(of("lang-son_dinh-lap_ke-hoach-179-dan-van-chinh-quyen-2026").stream()
        .noneMatch(c -> c.key().equals("179/KH-UBND")));
  }

  @Test
  void localDocumentsTakeTheNamedProvinceElseThePlans() {
    List<Citation> cs = of("quang-tri_vinh-thuy_ke-hoach-dan-van-chinh-quyen-2026");
    Citation kh450 = cs.stream().filter(c -> c.key().equals("450/KH-UBND")).findFirst().orElseThrow();
    assertEquals("450/KH-UBND@quang-tri", kh450.scopedKey());
    Citation ct33 = cs.stream().filter(c -> c.key().equals("33/CT-TTg")).findFirst().orElseThrow();
    assertEquals(null, ct33.scope());
    assertEquals("implements", ct33.relation());
  }

  @Test
  void sameSymbolInTwoProvincesStaysDistinct() {
    Citation ninhBinh = of("ninh-binh_ke-hoach-trien-khai-chi-thi-05-ct-tu").get(0);
    assertEquals("5-CT/TU@ninh-binh", ninhBinh.scopedKey());
    Citation langSon = of("lang-son_ke-hoach-dan-van-chinh-quyen-2026").stream()
        .filter(c -> c.key().equals("5-ĐA/TU")).findFirst().orElseThrow();
    assertEquals("5-ĐA/TU@lang-son", langSon.scopedKey());
  }

  @Test
  void lawWithoutYearResolvesByThePlansYear() {
    String text = "Căn cứ Luật Tổ chức chính quyền địa phương; Luật Tố cáo;";
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < offsets.length; i++) offsets[i] = i;
    Header h = new Header("UBND tỉnh Ninh Bình", null, null, null, java.time.LocalDate.of(2020, 5, 4), "Kế hoạch",
        null, "ninh-binh", "tinh");
    Plan plan = new Plan("p", text, offsets, h, List.of(), List.of(), List.of(), List.of(), null);
    List<Citation> cs = extractor.extract(plan);
    assertEquals(List.of("77/2015/QH13", "25/2018/QH14"), cs.stream().map(Citation::key).toList());
    assertTrue(cs.get(0).hasFlag("version-assumed"));
    assertEquals(List.of("basis", "basis"), cs.stream().map(Citation::relation).toList());
  }

  @Test
  void localDocumentWithoutProvinceIsFlagged() {
    String text = "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND huyện.";
    int[] offsets = new int[text.length() + 1];
    Header h = new Header(null, null, null, null, null, "Kế hoạch", null, null, null);
    Plan plan = new Plan("p", text, offsets, h, List.of(), List.of(), List.of(), List.of(), null);
    Citation c = extractor.extract(plan).get(0);
    assertEquals(null, c.scope());
    assertTrue(c.hasFlag("scope-unknown"));
    assertFalse(c.hasFlag("leading-zero"));
  }
}
