package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing, errors, limits and headers, on the seed corpus. */
class WebShellTest {

  @TempDir static Path index;
  static SeedSite seed;
  static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    seed = new SeedSite(index, null);
    app = seed.app;
  }

  @AfterAll
  static void stop() throws Exception {
    seed.close();
  }

  @Test
  void startingTheAppLeavesThePlatformMBeanServerUnstarted() {
    // Jetty starts it to read one VM option unless told the value: a quarter of the app's start-up.
    assertEquals(List.of(), MBeanServerFactory.findMBeanServer(null));
    assertTrue(Set.of("8", "16").contains(System.getProperty(WebApp.REFERENCES_PER_CACHE_LINE)));
  }

  @Test
  void securityHeadersOnPagesErrorsApiAndStaticFiles() {
    for (String path : new String[] {"/", "/lint", "/nope", "/api/health", "/api/nope", "/static/style.css", "/static/graph.js"}) {
      HttpResponse<String> r = app.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
      assertTrue(csp.contains("script-src 'self'"), path);
      assertTrue(csp.contains("frame-ancestors 'none'"), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
    }
  }

  @Test
  void unknownPageIsAVietnamese404Page() {
    HttpResponse<String> r = app.get("/khong-co");
    assertEquals(404, r.statusCode());
    assertTrue(r.body().contains("Không tìm thấy trang"), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
  }

  @Test
  void idsAndStaticPathsNeverReachFilesOutsideTheirPlace() {
    for (String path : new String[] {"/plans/khong-co", "/plans/..%2F..%2Fpom.xml", "/plans/%2E%2E",
        "/static/..%2F..%2Fpom.xml", "/static/%2E%2E/%2E%2E/pom.xml", "/static/../../pom.xml"}) {
      HttpResponse<String> r = app.get(path);
      assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + ": " + r.statusCode());
      assertFalse(r.body().contains("<project"), path);
    }
  }

  @Test
  void tooLongQueryIsA400WithTheReasonOnPagesAndApi() {
    String q = "a".repeat(WebSettings.MAX_QUERY_CHARS + 1);
    for (String path : new String[] {"/search?q=", "/api/search?q=", "/basis?task="}) {
      HttpResponse<String> r = app.get(path + q);
      assertEquals(400, r.statusCode(), path);
      assertTrue(r.body().contains("tối đa " + WebSettings.MAX_QUERY_CHARS), r.body());
    }
  }

  @Test
  void queryWithoutDiacriticsOffersTheSuggestionAsALink() {
    HttpResponse<String> r = app.get("/search?q=" + RunningApp.enc("dan van kheo"));
    assertEquals(200, r.statusCode());
    // Handlebars writes "=" in attributes as &#x3D;, which browsers read back as "=".
    assertTrue(r.body().contains("Có phải bạn muốn tìm: <a href=\"/search?q&#x3D;d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o\">dân vận khéo</a>"), r.body());
  }

  @Test
  void catalogueFiltersByType() {
    String body = app.get("/directives?type=" + RunningApp.enc("Chỉ thị")).body();
    long rows = body.lines().filter(l -> l.strip().equals("<tr>")).count();
    long directives = body.lines().filter(l -> l.strip().equals("<td class=\"nowrap\">Chỉ thị</td>")).count();
    assertTrue(rows > 0);
    assertEquals(rows, directives, "a row of another type is listed");
  }

  @Test
  void malformedQueryIsA400PageWithTheReason() {
    HttpResponse<String> r = app.get("/search?q=" + RunningApp.enc("\"dân vận"));
    assertEquals(400, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("Câu truy vấn không hợp lệ"), r.body());
    assertTrue(r.body().contains("thiếu dấu ngoặc kép đóng"), r.body());
  }

  @Test
  void lintFormEchoesTheDraftEscaped() {
    HttpResponse<String> r =
        app.send(
            HttpRequest.newBuilder(URI.create(app.base() + "/lint"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + RunningApp.enc("Căn cứ <b>Chỉ thị</b>")))
                .build());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Căn cứ &lt;b&gt;Chỉ thị&lt;/b&gt;"), r.body());
    assertFalse(r.body().contains("<b>Chỉ thị</b>"));
    assertTrue(r.body().contains("Không phát hiện vấn đề nào"), r.body());
  }

  @Test
  void requestBodyOverTheLimitIsRejected() {
    HttpResponse<String> r =
        app.send(
            HttpRequest.newBuilder(URI.create(app.base() + "/lint"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + "a".repeat((int) WebSettings.MAX_REQUEST_BYTES + 10)))
                .build());
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(r.body().contains("Nội dung gửi lên quá lớn"), r.body());
  }

  @Test
  void scriptInTheQueryIsReflectedOnlyEscaped() {
    HttpResponse<String> r = app.get("/search?q=" + RunningApp.enc("<script>alert(1)</script>"));
    assertEquals(200, r.statusCode());
    assertFalse(r.body().contains("<script>alert"), "raw script reflected");
    assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "query echoed escaped in the search box");
  }
}
