package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus with a directive's full text beside the seed plans: its page shows the articles, and an
 * article hit links to its anchor. The text comes from ../shared/directives (never copied into the
 * project); the test skips without it.
 */
class DirectiveTextTest {

  static final Path LAW = Path.of("..", "shared", "directives", "10-2022-QH15.txt");

  @TempDir static Path tmp;
  static SeedSite seed;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(LAW), "skipped: " + LAW.toAbsolutePath() + " not found");
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus.resolve("directives"));
    Files.createDirectories(corpus.resolve("plans"));
    Files.copy(LAW, corpus.resolve("directives").resolve(LAW.getFileName()));
    try (Stream<Path> plans = Files.list(SeedSite.CORPUS.resolve("plans"))) {
      for (Path p : plans.toList()) Files.copy(p, corpus.resolve("plans").resolve(p.getFileName()));
    }
    seed = new SeedSite(corpus, tmp.resolve("index"), null);
  }

  @AfterAll
  static void stop() throws Exception {
    if (seed != null) seed.close();
  }

  @Test
  void directivePageShowsTheArticlesWithAnchors() {
    HttpResponse<String> r = seed.app.get("/directives?key=" + RunningApp.enc("10/2022/QH15"));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("id=\"article-1\""), "no article anchors");
    assertTrue(r.body().contains("Điều 1."), "no article heading");
  }

  @Test
  void articleHitsLinkToTheirAnchor() {
    JsonNode body = ApiTest.json(seed.app.get("/api/search?kind=article&q=" + RunningApp.enc("thực hiện dân chủ ở cơ sở")));
    assertTrue(body.get("hits").size() > 0, body.toString());
    for (JsonNode hit : body.get("hits")) {
      assertEquals("article", hit.get("kind").asText());
      assertTrue(hit.get("url").asText().matches("/directives\\?key=.+#article-\\d+"), hit.get("url").asText());
    }
  }
}
