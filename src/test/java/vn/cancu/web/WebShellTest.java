package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routing, errors and headers that need no corpus. */
class WebShellTest {

  static RunningApp app;

  @BeforeAll
  static void start() {
    app = new RunningApp(new Services(new WebSettings(Path.of("web"), null)));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void securityHeadersOnPagesErrorsAndStaticFiles() {
    for (String path : new String[] {"/lint", "/nope", "/api/nope", "/static/style.css"}) {
      HttpResponse<String> r = app.get(path);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
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
  void unknownApiPathIsA404Json() {
    HttpResponse<String> r = app.get("/api/khong-co");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(r.body().startsWith("{\"status\":404,\"error\":"), r.body());
  }

  @Test
  void tooLongTaskIsA400WithTheReason() {
    HttpResponse<String> r = app.get("/basis?task=" + "a".repeat(WebSettings.MAX_QUERY_CHARS + 1));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("tối đa " + WebSettings.MAX_QUERY_CHARS), r.body());
  }

  @Test
  void lintFormEchoesTheDraftEscapedAndPromisesNoResults() {
    HttpResponse<String> r =
        app.send(
            HttpRequest.newBuilder(URI.create(app.base() + "/lint"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + RunningApp.enc("Căn cứ <b>Chỉ thị</b>")))
                .build());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Căn cứ &lt;b&gt;Chỉ thị&lt;/b&gt;"), r.body());
    assertFalse(r.body().contains("<b>Chỉ thị</b>"));
    assertTrue(r.body().contains("phiên bản tiếp theo"));
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
  }
}
