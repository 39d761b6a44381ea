package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API on the seed corpus, over real HTTP. */
class ApiTest {

  static final String TOKEN = "test-token-" + System.nanoTime();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path index;
  static SeedSite seed;
  static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    seed = new SeedSite(index, TOKEN);
    app = seed.app;
  }

  @AfterAll
  static void stop() throws Exception {
    seed.close();
  }

  static JsonNode json(HttpResponse<String> r) {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.uri() + " " + r.body());
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(r.body(), e);
    }
  }

  static long seedPlanFiles() throws IOException {
    try (Stream<Path> files = Files.list(SeedSite.CORPUS.resolve("plans"))) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void searchAnswersTheCliHitShapeWithMarkedSnippets() {
    HttpResponse<String> r = app.get("/api/search?q=" + RunningApp.enc("dân vận chính quyền") + "&limit=5");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertTrue(body.get("total").asLong() >= 5, r.body());
    assertEquals(5, body.get("hits").size());
    for (JsonNode hit : body.get("hits")) {
      for (String field : new String[] {"doc", "clause", "title", "text", "snippet", "score"}) {
        assertTrue(hit.has(field), field + " missing in " + hit);
      }
      assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
    }
    assertTrue(body.get("facets").has("province"), r.body());
  }

  @Test
  void searchFiltersNarrowTheResults() {
    JsonNode all = json(app.get("/api/search?q=" + RunningApp.enc("dân vận")));
    JsonNode province = all.get("facets").get("province").get(0);
    JsonNode narrowed = json(app.get("/api/search?q=" + RunningApp.enc("dân vận") + "&province=" + RunningApp.enc(province.get("value").asText())));
    assertEquals(province.get("count").asLong(), narrowed.get("total").asLong());
    assertTrue(narrowed.get("total").asLong() < all.get("total").asLong());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?q=%22d%C3%A2n+v%E1%BA%ADn|thiếu dấu ngoặc kép đóng",
        "/api/search?q=-x|chỉ có phần loại trừ",
        "/api/search?q=|truy vấn trống",
        "/api/search?q=x&limit=0|limit",
        "/api/search?q=x&limit=abc|limit",
        "/api/search?q=x&offset=-1|offset",
        "/api/search?q=x&year=1&kindx=2&type=|",
        "/api/graph?depth=9|depth",
        "/api/basis|task",
        "/api/basis?task=x&limit=99|limit",
      })
  void badInputIsA400WithAReason(String path, String reason) {
    HttpResponse<String> r = app.get(path);
    if (reason == null) {
      assertEquals(200, r.statusCode(), "unknown parameters are ignored: " + r.body());
      return;
    }
    assertEquals(400, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals(400, body.get("status").asInt());
    assertTrue((body.get("error").asText() + " " + body.get("detail").asText()).contains(reason), r.body());
    assertFalse(r.body().contains("at vn.cancu"), "stack trace leaked: " + r.body());
  }

  @Test
  void unknownIdsAre404Json() {
    for (String path : new String[] {"/api/documents/khong-co", "/api/directives?key=999/XX-YY", "/api/graph?focus=khong-co", "/api/khong-co"}) {
      HttpResponse<String> r = app.get(path);
      assertEquals(404, r.statusCode(), path);
      assertEquals(404, json(r).get("status").asInt(), path);
    }
  }

  @Test
  void documentsListEveryLoadedPlanAndEachHasItsOutlineWithBasis() throws IOException {
    JsonNode list = json(app.get("/api/documents"));
    assertEquals(seedPlanFiles(), list.size() + seed.site.skipped().size());
    int clausesWithBasis = 0;
    for (JsonNode summary : list) {
      String id = summary.get("id").asText();
      JsonNode doc = json(app.get("/api/documents/" + id));
      assertEquals(id, doc.get("id").asText());
      assertTrue(doc.get("clauses").size() > 0, id);
      clausesWithBasis += countWithBasis(doc.get("clauses"));
    }
    assertTrue(clausesWithBasis > 0, "no clause of the seed plans has a legal basis");
  }

  /** Every clause of the seeds shows its basis: at least what it inherits from the plan's basis. */
  private static int countWithBasis(JsonNode clauses) {
    int n = 0;
    for (JsonNode c : clauses) {
      assertTrue(c.get("basis").size() > 0, "clause " + c.get("id").asText() + " has no basis");
      for (JsonNode b : c.get("basis")) {
        String kind = b.get("kind").asText();
        assertTrue(Set.of("explicit", "footnote", "inherited", "inferred").contains(kind), b.toString());
        assertTrue(b.get("evidence").size() > 0, b.toString());
        if (!kind.equals("inferred")) assertTrue(b.get("end").asInt() > b.get("start").asInt(), b.toString());
        else assertTrue(b.get("score").asDouble() > 0 && b.get("score").asDouble() <= 1, b.toString());
      }
      n++;
      n += countWithBasis(c.get("children"));
    }
    return n;
  }

  @Test
  void directiveRecordHasItsStandardCitationAndCitingClauses() {
    JsonNode list = json(app.get("/api/directives"));
    assertEquals(seed.site.catalog().records().size(), list.size());
    JsonNode d = json(app.get("/api/directives?key=" + RunningApp.enc("33/CT-TTg")));
    assertEquals("33/CT-TTg", d.get("key").asText());
    assertTrue(d.get("standardCitation").asText().startsWith("Chỉ thị số 33/CT-TTg"), d.toString());
    assertTrue(d.get("citedBy").size() >= 1, d.toString());
    JsonNode first = d.get("citedBy").get(0);
    assertNotNull(first.get("planId").asText());
    assertTrue(first.get("written").asText().contains("33/CT-TTg"), first.toString());
  }

  @Test
  void graphHasPlanAndDirectiveNodesAndEdgesBetweenThem() {
    JsonNode g = json(app.get("/api/graph"));
    Set<String> ids = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    for (JsonNode n : g.get("nodes")) {
      ids.add(n.get("id").asText());
      kinds.add(n.get("kind").asText());
    }
    assertEquals(Set.of("plan", "directive"), kinds);
    assertTrue(g.get("edges").size() > 0);
    for (JsonNode e : g.get("edges")) {
      assertTrue(ids.contains(e.get("source").asText()) && ids.contains(e.get("target").asText()), e.toString());
      assertTrue(e.get("count").asInt() >= 1);
    }
    JsonNode focused = json(app.get("/api/graph?depth=1&focus=" + RunningApp.enc("33/CT-TTg")));
    assertTrue(focused.get("nodes").size() >= 2 && focused.get("nodes").size() < g.get("nodes").size(), focused.toString());
    Set<String> linked = new HashSet<>();
    for (JsonNode e : focused.get("edges")) {
      assertTrue(e.get("relation").asText().matches("basis|implements|details|amends|replaces|repeals|mentions|part-of"), e.toString());
      if (e.get("target").asText().equals("33/CT-TTg")) linked.add(e.get("source").asText());
      if (e.get("source").asText().equals("33/CT-TTg")) linked.add(e.get("target").asText());
    }
    for (JsonNode n : focused.get("nodes")) {
      String id = n.get("id").asText();
      assertTrue(id.equals("33/CT-TTg") || linked.contains(id), id + " is not next to the focus");
    }
  }

  @Test
  void basisOfATaskRanksTheDocumentsItsClausesCiteWithThoseClauses() {
    JsonNode answer = json(app.get("/api/basis?task=" + RunningApp.enc("tiếp công dân")));
    assertEquals("tiếp công dân", answer.get("task").asText());
    Set<String> keys = new HashSet<>();
    for (JsonNode d : answer.get("directives")) {
      keys.add(d.get("key").asText());
      assertTrue(d.get("clauses").size() > 0, d.toString());
      JsonNode first = d.get("clauses").get(0);
      assertTrue(first.get("clause").get("planId").asText().length() > 0, first.toString());
      assertTrue(first.get("link").get("evidence").size() > 0, first.toString());
    }
    assertTrue(keys.containsAll(Set.of("42/2013/QH13", "35-CT/TW", "320-QĐ/TU@lang-son")), keys.toString());
    String page = app.get("/basis?task=" + RunningApp.enc("tiếp công dân")).body();
    assertTrue(page.contains("Chỉ thị số 35-CT/TW") && page.contains("#clause-"), "the page lists documents with their clauses");
  }

  @Test
  void everyClauseOnEveryPlanPageShowsItsBasisChips() {
    for (var p : seed.site.plans()) {
      String page = app.get("/plans/" + RunningApp.enc(p.id())).body();
      String[] clauses = page.split("<div class=\"clause clause-level-");
      assertEquals(p.allClauses().size() + 1, clauses.length, p.id());
      for (int i = 1; i < clauses.length; i++) {
        assertTrue(clauses[i].contains("class=\"chips\""), p.id() + ": a clause without chips: " + clauses[i].substring(0, 80));
      }
      assertTrue(page.contains("chip chip-inherited"), p.id());
    }
  }

  @Test
  void aCitedPlanWithoutNumberIsTheCorpusPlanInTheGraph() {
    JsonNode focused = json(app.get("/api/graph?depth=1&focus=" + RunningApp.enc("61/KH-UBND@lang-son")));
    boolean implementsEdge = false;
    for (JsonNode e : focused.get("edges")) {
      implementsEdge |= e.get("source").asText().startsWith("lang-son_dinh-lap")
          && e.get("target").asText().equals("lang-son_ke-hoach-dan-van-chinh-quyen-2026")
          && e.get("relation").asText().equals("implements");
    }
    assertTrue(implementsEdge, focused.toString());
  }

  @Test
  void graphFiltersByDocumentTypeAndProvince() {
    JsonNode byType = json(app.get("/api/graph?type=" + RunningApp.enc("Chỉ thị")));
    assertTrue(byType.get("edges").size() > 0);
    for (JsonNode n : byType.get("nodes")) {
      if (n.get("kind").asText().equals("directive")) assertEquals("Chỉ thị", n.get("type").asText(), n.toString());
    }
    JsonNode byProvince = json(app.get("/api/graph?province=lang-son"));
    assertTrue(byProvince.get("edges").size() > 0);
    for (JsonNode n : byProvince.get("nodes")) {
      if (n.get("kind").asText().equals("plan")) assertEquals("lang-son", n.get("province").asText(), n.toString());
    }
  }

  @Test
  void healthReportsTheGenerationAndCounts() {
    JsonNode h = json(app.get("/api/health"));
    assertEquals("ok", h.get("status").asText());
    assertEquals(seed.search.generation(), h.get("generation").asText());
    assertEquals(seed.site.plans().size(), h.get("plans").asInt());
    assertEquals(seed.site.citationCount(), h.get("citations").asInt());
  }

  @Test
  void reindexNeedsTheBearerToken() {
    HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(app.base() + "/api/admin/reindex")).POST(HttpRequest.BodyPublishers.noBody());
    assertEquals(403, app.send(post.build()).statusCode());
    assertEquals(403, app.send(post.copy().header("Authorization", "Bearer wrong").build()).statusCode());
    String before = seed.search.generation();
    HttpResponse<String> ok = app.send(post.copy().header("Authorization", "Bearer " + TOKEN).build());
    assertEquals(200, ok.statusCode(), ok.body());
    // Nothing in the corpus changed, so the incremental update keeps the published generation
    // (publishing after a change is ServingUnderChangeTest's job).
    assertEquals(before, json(ok).get("generation").asText(), "an unchanged corpus keeps its generation");
    assertEquals(200, app.get("/api/search?q=" + RunningApp.enc("dân vận")).statusCode());
  }

  @Test
  void openApiDescribesEveryApiRoute() {
    JsonNode spec = json(app.get("/api/openapi.json"));
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    for (String path : new String[] {"/api/search", "/api/documents", "/api/documents/{id}", "/api/directives", "/api/graph", "/api/basis", "/api/health", "/api/admin/reindex"}) {
      assertTrue(spec.get("paths").has(path), path);
    }
  }
}
