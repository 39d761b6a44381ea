package vn.cancu.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/** Merging mentions over the seed corpus into one record per document. */
class CatalogTest {
  private static Catalog seeds(List<DirectiveText> texts) {
    Map<Plan, List<Citation>> mentions = new LinkedHashMap<>();
    CitationExtractor x = new CitationExtractor();
    for (SeedGold g : SeedGold.all()) {
      Plan p = g.plan();
      mentions.put(p, x.extract(p));
    }
    return Catalog.build(mentions, texts);
  }

  @Test
  void oneRecordPerScopedKeyWithCountsVariantsAndCitingClauses() {
    Catalog catalog = seeds(List.of());
    DirectiveRecord ct33 = catalog.find("33/CT-TTg").orElseThrow();
    // 2 (Lạng Sơn: II.1 and footnote 2) + 3 (Đình Lập: basis, II.1, footnote 1) + 2 (Nghệ An) + 1 (Quảng Trị)
    assertEquals(8, ct33.mentionCount());
    assertEquals("Thủ tướng Chính phủ", ct33.issuer());
    assertEquals(java.time.LocalDate.of(2021, 11, 26), ct33.date());
    assertEquals("Chỉ thị số 33/CT-TTg", ct33.shortCitation());
    assertTrue(ct33.standardCitation().startsWith("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục"),
        ct33.standardCitation());
    assertEquals(4, ct33.citedBy().stream().map(CitingClause::planId).distinct().count());

    DirectiveRecord ct5 = catalog.find("5-CT/TU@ninh-binh").orElseThrow();
    assertEquals(List.of("Chỉ thị số 05-CT/TU", "Chỉ thị số 05/CT-TU"), ct5.variants());
    assertEquals(6, ct5.mentionCount());
    assertEquals(catalog.find("Chỉ thị số 05/CT-TU"), catalog.find("5-CT/TU@ninh-binh"));
  }

  @Test
  void namedLawResolvesThroughAnotherMentionOrADirectiveText() {
    Plan a = plan("a", "Thực hiện Luật Chăn nuôi; Luật Chăn nuôi năm 2018 đã được sửa đổi.");
    Plan b = plan("b", "Căn cứ Luật Chăn nuôi số 32/2018/QH14 ngày 19/11/2018;");
    Map<Plan, List<Citation>> m = new LinkedHashMap<>();
    CitationExtractor x = new CitationExtractor();
    m.put(a, x.extract(a));
    m.put(b, x.extract(b));
    DirectiveRecord law = Catalog.build(m, List.of()).find("Luật Chăn nuôi").orElseThrow();
    assertEquals("32/2018/QH14", law.key());
    assertEquals(3, law.mentionCount());

    Map<Plan, List<Citation>> onlyA = Map.of(a, x.extract(a));
    DirectiveText text = new DirectiveText("32/2018/QH14", "Luật Chăn nuôi số 32/2018/QH14 ngày 19/11/2018", List.of());
    assertEquals("32/2018/QH14", Catalog.build(onlyA, List.of(text)).find("Luật Chăn nuôi").orElseThrow().key());
    assertEquals("Luật Chăn nuôi", Catalog.build(onlyA, List.of()).find("Luật Chăn nuôi").orElseThrow().key());
  }

  @Test
  void aRecordTakesTheMostFrequentWordingThenTheLongestThenTheFirst() {
    String ct = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về ";
    assertEquals("về công tác dân vận", subjectOf(ct + "công tác dân vận;", ct + "công tác dân tộc;"), "a tie: the first plan's");
    assertEquals("về công tác dân tộc", subjectOf(ct + "công tác dân vận;", ct + "công tác dân tộc;", ct + "công tác dân tộc;"));
    assertEquals("về công tác dân vận khéo", subjectOf(ct + "công tác dân vận;", ct + "công tác dân vận khéo;"), "the longer");
  }

  /** The subject of 33/CT-TTg in a catalogue of one plan per text, in order. */
  private static String subjectOf(String... texts) {
    Map<Plan, List<Citation>> m = new LinkedHashMap<>();
    CitationExtractor x = new CitationExtractor();
    for (int i = 0; i < texts.length; i++) {
      Plan p = plan("p" + i, texts[i]);
      m.put(p, x.extract(p));
    }
    return Catalog.build(m, List.of()).find("33/CT-TTg").orElseThrow().subject();
  }

  private static Plan plan(String id, String text) {
    int[] offsets = new int[text.length() + 1];
    Header h = new Header(null, null, null, null, null, "Kế hoạch", null, "ninh-binh", "tinh");
    return new Plan(id, text, offsets, h, List.of(), List.of(), List.of(), List.of(), null);
  }
}
