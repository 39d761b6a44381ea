package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wording and lint pages and API on the seed corpus, over real HTTP. */
class WordingWebTest {
  @TempDir static Path index;
  static SeedSite seed;
  static RunningApp app;
  static String langSon;
  static String dinhLap;

  @BeforeAll
  static void start() throws Exception {
    seed = new SeedSite(index, "token-" + System.nanoTime());
    app = seed.app;
    langSon = planId("lang-son_ke-hoach");
    dinhLap = planId("dinh-lap");
  }

  @AfterAll
  static void stop() throws Exception {
    seed.close();
  }

  private static String planId(String part) {
    return seed.site.plans().stream().map(p -> p.id()).filter(id -> id.contains(part)).findFirst().orElseThrow();
  }

  private static HttpResponse<String> post(String path, String contentType, String body) {
    return app.send(HttpRequest.newBuilder(URI.create(app.base() + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  @Test
  void recurringPassagesListSharedPurposeAndSloganWithTheirPlans() {
    HttpResponse<String> r = app.get("/api/wording/recurring?limit=500");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode families = ApiTest.json(r);
    JsonNode purpose = null, slogan = null;
    for (JsonNode f : families) {
      if (f.get("text").asText().startsWith("Đẩy mạnh và nâng cao chất lượng")) purpose = f;
      if (f.get("text").asText().equals("Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân")) slogan = f;
    }
    assertTrue(purpose != null && slogan != null, r.body());
    List<String> plans = new ArrayList<>();
    purpose.get("plans").forEach(p -> plans.add(p.asText()));
    assertEquals(List.of(dinhLap, langSon), plans);
    assertEquals(2, slogan.get("planCount").asInt());
    assertTrue(slogan.get("sources").get(0).has("clauseId"));
  }

  @Test
  void similarPutsLangSonFirstForDinhLap() {
    HttpResponse<String> r = app.get("/api/documents/" + Urls.segment(dinhLap) + "/similar");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode first = ApiTest.json(r).get("similar").get(0);
    assertEquals(langSon, first.get("planId").asText());
    assertEquals("derives-from", first.get("relation").asText());
    assertTrue(first.get("share").asDouble() > 0.5, r.body());
    assertTrue(first.get("clauses").size() > 0, r.body());
    assertEquals(404, app.get("/api/documents/khong-co/similar").statusCode());
  }

  @Test
  void compareAlignsClauses() {
    HttpResponse<String> r = app.get("/api/documents/" + Urls.segment(dinhLap) + "/compare/" + Urls.segment(langSon));
    assertEquals(200, r.statusCode(), r.body());
    boolean purposeAligned = false;
    for (JsonNode c : ApiTest.json(r).get("clauses")) {
      if ("I.1".equals(c.path("clauseId").asText()) && "I.1".equals(c.path("otherClauseId").asText())) purposeAligned = true;
    }
    assertTrue(purposeAligned, r.body());
  }

  @Test
  void wordingSearchAnswersFamiliesAndNeedsAQuery() {
    HttpResponse<String> r = app.get("/api/wording?q=" + RunningApp.enc("dân vận khéo"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode hits = ApiTest.json(r);
    assertEquals("Dân vận khéo", hits.get(0).get("family").get("text").asText());
    assertEquals(400, app.get("/api/wording").statusCode());
  }

  @Test
  void lintApiReportsProblemsWithPositionsAndNothingForCleanText() {
    String draft = "Căn cứ:\nNghị quyết số 25/NQ-TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI).";
    HttpResponse<String> r = post("/api/lint", "text/plain; charset=utf-8", draft);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode p = ApiTest.json(r).get(0);
    assertEquals("nonstandard-symbol", p.get("code").asText());
    assertEquals("Nghị quyết số 25/NQ-TW", p.get("written").asText());
    assertEquals("Nghị quyết số 25-NQ/TW", p.get("suggestion").asText());
    assertEquals(2, p.get("line").asInt());
    assertEquals(1, p.get("column").asInt());
    assertEquals(draft.indexOf("Nghị quyết"), p.get("start").asInt());
    HttpResponse<String> clean = post("/api/lint", "text/plain; charset=utf-8",
        "Phát huy vai trò của Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh.");
    assertEquals(0, ApiTest.json(clean).size(), clean.body());
    assertEquals(400, post("/api/lint", "text/plain", "a".repeat(WebSettings.MAX_DRAFT_CHARS + 1)).statusCode());
  }

  @Test
  void lintPageShowsTheProblemsTableEscaped() {
    HttpResponse<String> r = post("/lint", "application/x-www-form-urlencoded",
        "text=" + RunningApp.enc("<script>alert(1)</script> Chỉ thị số 26-TTg ngày 05/9/2016 của Thủ tướng Chính phủ."));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<del>Chỉ thị số 26-TTg</del>"), r.body());
    assertTrue(r.body().contains("<ins>Chỉ thị số 26/CT-TTg</ins>"), r.body());
    assertTrue(r.body().contains(">1:27<"), r.body());
    assertFalse(r.body().contains("<script>alert"), r.body());
  }

  @Test
  void wordingPageShowsFamiliesCountsAndMarkedVariants() {
    HttpResponse<String> r = app.get("/wording");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"), r.body());
    assertTrue(r.body().contains("kế hoạch</span>"), r.body());
    assertTrue(r.body().contains("<ins>") || r.body().contains("<del>"), r.body());
    HttpResponse<String> q = app.get("/wording?q=" + RunningApp.enc("<b>tiếp công dân</b>"));
    assertEquals(200, q.statusCode());
    assertTrue(q.body().contains("&lt;b&gt;tiếp công dân&lt;/b&gt;"), q.body());
  }

  @Test
  void planPageHasTheSimilarPlansBlockOnceTheLineageIsBuilt() throws InterruptedException {
    HttpResponse<String> r = app.get("/plans/" + Urls.segment(dinhLap));
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (r.body().contains("Đang tính các kế hoạch tương tự") && System.nanoTime() < deadline) {
      assertEquals(200, r.statusCode());
      assertFalse(r.body().contains("Kế hoạch có nội dung trùng"), r.body());
      Thread.sleep(50);
      r = app.get("/plans/" + Urls.segment(dinhLap));
    }
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Kế hoạch có nội dung trùng"), r.body());
    assertTrue(r.body().contains("href=\"/plans/" + Urls.segment(langSon) + "\""), r.body());
    assertFalse(r.body().contains("Đang tính các kế hoạch tương tự"), r.body());
  }

  @Test
  void openApiDescribesTheWordingRoutes() {
    JsonNode paths = ApiTest.json(app.get("/api/openapi.json")).get("paths");
    for (String path : new String[] {"/api/wording/recurring", "/api/wording", "/api/documents/{id}/similar",
        "/api/documents/{id}/compare/{other}", "/api/lint"}) {
      assertTrue(paths.has(path), path);
    }
  }

  @Test
  void comparePageShowsAlignedClausesWithMarkedDifferences() {
    HttpResponse<String> r = app.get("/plans/" + Urls.segment(dinhLap) + "/compare/" + Urls.segment(langSon));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("<td>I.1</td>"), r.body());
    assertTrue(r.body().contains("<del>") && r.body().contains("<ins>"), r.body());
    assertEquals(404, app.get("/plans/" + Urls.segment(dinhLap) + "/compare/khong-co").statusCode());
  }

  @Test
  void wordingPageGivesTheStandardCitationOfACataloguedDocument() {
    HttpResponse<String> r = app.get("/wording?q=" + RunningApp.enc("33/CT-TTg"));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Viện dẫn lần đầu:</strong> Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về"), r.body());
    assertTrue(r.body().contains("Các lần sau:</strong> Chỉ thị số 33/CT-TTg<"), r.body());
  }
}
