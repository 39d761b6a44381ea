package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.document.Footnote;
import vn.cancu.document.Plan;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.IndexSummary;
import vn.cancu.index.Indexer;
import vn.cancu.index.Progress;
import vn.cancu.index.Words;

/** End to end on the seed corpus (corpus/plans): ingest → parse → cite → index on disk → search. */
class CorpusSearchTest {
  static final Path SEEDS = Path.of("corpus");
  static final String LANG_SON = "lang-son_ke-hoach-dan-van-chinh-quyen-2026";
  static final Set<String> CITING_33 =
      Set.of(
          LANG_SON,
          "lang-son_dinh-lap_ke-hoach-179-dan-van-chinh-quyen-2026",
          "nghe-an_ke-hoach-dan-van-chinh-quyen-2026",
          "quang-tri_vinh-thuy_ke-hoach-dan-van-chinh-quyen-2026");

  @TempDir static Path index;
  static SearchService service;
  static Indexer.Run run;

  @BeforeAll
  static void build() throws Exception {
    run = new Indexer(new IndexLayout(index), Progress.NONE).index(SEEDS);
    service = SearchService.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  static SearchPage search(String query, int limit) {
    return service.search(new SearchRequest(query, Map.of(), 0, limit));
  }

  static String folded(String s) {
    return Words.fold(Words.normalize(s));
  }

  @Test
  void summaryCountsTheSeedCorpus() {
    IndexSummary s = run.summary();
    assertEquals(5, s.load().files());
    assertEquals(5, s.load().processed());
    assertEquals(0, s.load().reused() + s.load().rehashed() + s.load().removed());
    assertEquals(List.of(), s.skipped());
    assertEquals(5, s.plans());
    assertEquals(5, run.corpus().plans().size());
    assertEquals(run.corpus().citationCount(), s.citations());
    assertEquals(run.corpus().catalog().records().size(), s.directives());
    assertEquals(0, s.articles()); // corpus/directives holds only its README
  }

  @Test
  void foldedQueryPutsDanVanKheoFirst() {
    SearchPage page = search("dan van kheo", 10);
    Hit first = page.hits().getFirst();
    assertEquals("clause", first.kind());
    assertTrue(first.text().contains("Dân vận khéo"), first.text());
    assertEquals("dân vận khéo", page.suggestion());
    Hit.Highlight h = first.highlights().getFirst();
    assertEquals("dân vận khéo", first.text().substring(h.start(), h.end()).toLowerCase());
  }

  @Test
  void hoaGiaiFindsBothTonePlacements() {
    List<String> texts = search("hoà giải", 50).hits().stream().map(Hit::text).toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains("hòa giải")), "hòa giải");
    assertTrue(texts.stream().anyMatch(t -> t.contains("hoà giải")), "hoà giải");
  }

  @Test
  void nfdQueryFindsTheSameAsNfc() {
    String nfc = "hòa giải";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertFalse(nfd.equals(nfc));
    assertEquals(ids(search(nfc, 50)), ids(search(nfd, 50)));
    assertFalse(search(nfd, 50).hits().isEmpty());
  }

  @Test
  void documentNumberFindsTheClausesOfAllFourPlansCitingIt() {
    List<Hit> hits = search("33 CT TTg", 50).hits();
    List<Hit> clauses = hits.stream().filter(h -> h.kind().equals("clause")).toList();
    assertEquals(CITING_33, clauses.stream().map(Hit::doc).collect(Collectors.toSet()));
    // Clauses citing it come before anything that only mentions it.
    assertTrue(hits.getFirst().cited().contains("33/CT-TTg"), hits.getFirst().toString());
    // Lạng Sơn cites it in footnote 2: the hit is the clause that anchors that footnote.
    Plan langSon = run.corpus().plan(LANG_SON).orElseThrow();
    Footnote note =
        langSon.footnotes().stream()
            .filter(f -> f.text().contains("33/CT-TTg"))
            .findFirst()
            .orElseThrow();
    assertNotNull(note.clauseId());
    assertTrue(
        clauses.stream().anyMatch(h -> h.doc().equals(LANG_SON) && h.clause().equals(note.clauseId())),
        "footnote " + note.marker() + " → clause " + note.clauseId());
  }

  @Test
  void documentNumberShapesAgree() {
    Set<String> reference = ids(search("33/CT-TTg", 50));
    for (String q : List.of("33 CT TTg", "chỉ thị 33", "ct 33")) {
      Set<String> got = ids(search(q, 50));
      assertTrue(got.containsAll(citingClauses(search("33/CT-TTg", 50))), q + " → " + got);
    }
    assertFalse(reference.isEmpty());
  }

  @Test
  void abbreviationFindsTheFullForm() {
    List<Hit> hits = search("UBND xã", 10).hits();
    assertTrue(
        hits.stream().anyMatch(h -> h.highlights().stream().anyMatch(m -> h.text().substring(m.start(), m.end()).equals("Ủy ban nhân dân xã"))),
        "a hit marks \"Ủy ban nhân dân xã\"");
  }

  @Test
  void exclusionsAndPhrases() {
    SearchPage without = search("dân vận -khéo", 100);
    assertTrue(without.total() > 0);
    assertTrue(without.hits().stream().noneMatch(h -> folded(h.text()).contains("kheo")));
    SearchPage phrase = search("\"tiếp công dân\"", 100);
    assertTrue(phrase.total() > 0);
    assertTrue(phrase.hits().stream().allMatch(h -> Words.normalize(h.text()).replaceAll("\\s+", " ").contains("tiếp công dân")));
  }

  @Test
  void facetsCountTheMatches() {
    SearchPage page = service.search(new SearchRequest("dân vận", Map.of("kind", List.of("clause")), 0, 1000));
    assertEquals(page.total(), page.hits().size());
    Map<String, Integer> byProvince = new HashMap<>();
    for (Hit h : page.hits()) if (h.province() != null) byProvince.merge(h.province(), 1, Integer::sum);
    Map<String, Integer> facet =
        page.facets().get("province").stream().collect(Collectors.toMap(SearchPage.FacetCount::value, SearchPage.FacetCount::count));
    assertEquals(byProvince, facet);
    assertEquals(List.of(new SearchPage.FacetCount("clause", (int) page.total())), page.facets().get("kind"));
    SearchPage narrowed =
        service.search(new SearchRequest("dân vận", Map.of("kind", List.of("clause"), "province", List.of("nghe-an")), 0, 1000));
    assertEquals((long) byProvince.get("nghe-an"), narrowed.total());
  }

  @Test
  void snippetsHoldOnlyMarkTags() {
    for (String q : List.of("dân vận", "33/CT-TTg", "UBND xã")) {
      for (Hit h : search(q, 50).hits()) {
        String stripped = h.snippet().replace("<mark>", "").replace("</mark>", "");
        assertFalse(stripped.contains("<") || stripped.contains(">"), h.snippet());
      }
    }
  }

  @Test
  void badQueriesAreRejectedWithAReason() {
    BadQueryException e = assertThrows(BadQueryException.class, () -> search("\"dân vận", 10));
    assertTrue(e.getMessage().contains("thiếu dấu ngoặc kép đóng"), e.getMessage());
    assertThrows(BadQueryException.class, () -> search("-khéo -dân", 10));
  }

  private static Set<String> ids(SearchPage page) {
    return page.hits().stream().map(h -> h.doc() + "#" + h.clause()).collect(Collectors.toSet());
  }

  private static Set<String> citingClauses(SearchPage page) {
    return page.hits().stream().filter(h -> h.cited().contains("33/CT-TTg")).map(h -> h.doc() + "#" + h.clause()).collect(Collectors.toSet());
  }
}
