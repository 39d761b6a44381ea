package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cancu.index.CitedDocument;
import vn.cancu.index.IndexContent;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.IndexableClause;
import vn.cancu.index.IndexablePlan;
import vn.cancu.index.Indexer;
import vn.cancu.index.Progress;

/** Search over a small hand-built index on disk: query grammar, ranking, facets, snippets. */
class SearchServiceTest {
  @TempDir static Path dir;
  static SearchService service;

  static IndexablePlan plan(String id, String province, String level, int year, IndexableClause... clauses) {
    return new IndexablePlan(id, "Kế hoạch", "Công tác dân vận " + id, "1/KH-UBND", "UBND " + id, province, level, year, year + "-01-05", List.of(clauses));
  }

  static IndexableClause clause(String id, String text, CitedDocument... cited) {
    return new IndexableClause(id, "", text, List.of(cited));
  }

  @BeforeAll
  static void build() throws Exception {
    CitedDocument ct33 = new CitedDocument("33/CT-TTg", "33/CT-TTg", "CHI_THI", "33");
    IndexContent content =
        new IndexContent(
            List.of(
                plan("a", "lang-son", "tinh", 2026,
                    clause("I.1", "Triển khai phong trào thi đua “Dân vận khéo” gắn với học tập."),
                    clause("I.2", "Hướng dẫn thực hiện; dẫn chứng cụ thể.", ct33),
                    clause("I.3", "Chú ý <script>alert(1)</script> & kiểm tra dân vận.")),
                plan("b", "nghe-an", "xa", 2025,
                    clause("II.1", "Phát huy quyền làm chủ của Nhân dân, dân chủ ở cơ sở.", ct33),
                    clause("II.2", "Tổ chức hòa giải ở cơ sở và tiếp công dân."))),
            List.of());
    new Indexer(new IndexLayout(dir), Progress.NONE).publish(content);
    service = SearchService.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  static SearchPage search(String q) {
    return service.search(SearchRequest.of(q));
  }

  @Test
  void foldedQueryFindsTheExactPhraseFirstAndSuggestsDiacritics() {
    SearchPage page = search("dan van kheo");
    assertEquals("I.1", page.hits().getFirst().clause());
    assertEquals("dân vận khéo", page.suggestion());
  }

  @Test
  void exactFormRanksAboveOtherToneOfTheSameLetters() {
    SearchPage page = search("dân");
    List<String> clauses = page.hits().stream().map(Hit::clause).toList();
    assertTrue(clauses.indexOf("II.1") < clauses.indexOf("I.2"), clauses.toString());
    assertNull(page.suggestion());
  }

  @Test
  void nfdInputFindsNfcText() {
    String nfd = java.text.Normalizer.normalize("hòa giải", java.text.Normalizer.Form.NFD);
    assertEquals("II.2", search(nfd).hits().getFirst().clause());
  }

  @Test
  void phrasesAndExclusions() {
    assertEquals(List.of("I.1"), search("\"dân vận khéo\"").hits().stream().map(Hit::clause).toList());
    List<String> withoutKheo = search("dân vận -khéo").hits().stream().map(Hit::clause).filter(c -> c != null).toList();
    assertEquals(List.of("I.3"), withoutKheo);
  }

  @Test
  void snippetEscapesEverythingButMark() {
    Hit hit = search("kiểm tra").hits().getFirst();
    assertEquals("Chú ý &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>kiểm tra</mark> dân vận.", hit.snippet());
    Hit.Highlight h = hit.highlights().getFirst();
    assertEquals("kiểm tra", hit.text().substring(h.start(), h.end()));
  }

  @Test
  void aSearchWithoutFacetsFindsTheSameHits() {
    SearchRequest request = new SearchRequest("dân", Map.of("province", List.of("nghe-an")), 0, 10);
    SearchPage with = service.search(request);
    SearchPage without = service.search(request.withoutFacets());
    assertEquals(with.total(), without.total());
    assertEquals(with.hits(), without.hits());
    assertFalse(with.facets().get("province").isEmpty());
    assertTrue(without.facets().values().stream().allMatch(List::isEmpty), without.facets().toString());
  }

  @Test
  void facetsCountMatchesAndFiltersNarrow() {
    SearchPage page = search("cơ sở");
    assertEquals(2, page.total());
    assertEquals(List.of(new SearchPage.FacetCount("nghe-an", 2)), page.facets().get("province"));
    assertEquals(List.of(new SearchPage.FacetCount("33/CT-TTg", 1)), page.facets().get("cited"));
    SearchPage filtered = service.search(new SearchRequest("dân", Map.of("province", List.of("nghe-an")), 0, 10));
    assertTrue(filtered.hits().stream().allMatch(h -> h.province().equals("nghe-an")));
    assertFalse(filtered.hits().isEmpty());
  }

  @Test
  void pagingSlicesTheRanking() {
    SearchPage all = service.search(new SearchRequest("dân", Map.of(), 0, 100));
    SearchPage second = service.search(new SearchRequest("dân", Map.of(), 1, 1));
    assertEquals(all.total(), second.total());
    assertEquals(all.hits().get(1).doc() + all.hits().get(1).clause(), second.hits().getFirst().doc() + second.hits().getFirst().clause());
  }

  @Test
  void repeatedRequestsAreAnsweredAlikeAndCachedPagesAreNotSharedAcrossFiltersOrPages() {
    SearchRequest all = new SearchRequest("dân", Map.of(), 0, 10);
    SearchRequest filtered = new SearchRequest("dân", Map.of("province", List.of("nghe-an")), 0, 10);
    SearchRequest second = new SearchRequest("dân", Map.of(), 1, 1);
    for (int round = 0; round < 2; round++) {
      SearchPage a = service.search(all);
      SearchPage f = service.search(filtered);
      SearchPage s = service.search(second);
      assertEquals(a.hits(), service.search(all).hits());
      assertTrue(a.total() > f.total(), a.total() + " vs " + f.total());
      assertTrue(f.hits().stream().allMatch(h -> h.province().equals("nghe-an")));
      assertEquals(1, s.hits().size());
      assertEquals(a.hits().get(1), s.hits().getFirst());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"33/CT-TTg", "33 CT TTg", "ct 33", "chỉ thị 33", "Chỉ thị số 33", "chi thi 33"})
  void documentNumberInAnyShapeFindsTheClausesCitingIt(String query) {
    // Neither clause writes the number in its text: they match only through their cited keys.
    List<String> clauses = search(query).hits().stream().map(Hit::clause).toList();
    assertEquals(List.of("I.2", "II.1"), clauses.stream().sorted().toList(), query);
  }

  @Test
  void badQueries() {
    assertThrows(BadQueryException.class, () -> search("\"dân vận"));
    assertThrows(BadQueryException.class, () -> search("-khéo"));
    assertThrows(BadQueryException.class, () -> search("  "));
    assertThrows(BadQueryException.class, () -> search("/ …"));
    assertThrows(BadQueryException.class, () -> service.search(new SearchRequest("x", Map.of("color", List.of("red")), 0, 10)));
  }
}
