package vn.cancu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.cancu.ingest.HostileCorpus;
import vn.cancu.ingest.SourceIds;

/**
 * Hostile HTTP against the real server on the seed corpus plus a plan whose file name, title and
 * text carry script: XSS (reflected and stored), path traversal, malformed escapes and UTF-8,
 * oversized queries, bodies and headers, slow clients. Every refusal is a 4xx with a JSON reason
 * under /api (a page elsewhere), never a 5xx or a stack trace; every response has the security headers.
 */
class HttpHostileRequestsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String XSS_NAME = "<img src=x onerror=alert(1)> kế hoạch.txt";
  static final List<String> RAW_MARKUP = List.of("<script>alert", "<img src=x onerror", "<svg onload");

  @TempDir static Path tmp;
  static ServedCorpus served;
  static String xssId;

  @BeforeAll
  static void serve() throws Exception {
    Path corpus = ServedCorpus.copySeeds(tmp.resolve("corpus"));
    String seed = Files.readString(HostileCorpus.BASE, StandardCharsets.UTF_8);
    String hostile = seed
        .replace("KẾ HOẠCH", "KẾ HOẠCH <script>alert('tieu-de')</script>")
        .replace(HostileCorpus.PHRASE + ".", HostileCorpus.PHRASE + ". Mô hình zqxss <img src=x onerror=alert(2)> <svg onload=alert(3)>.");
    Files.writeString(corpus.resolve("plans").resolve(XSS_NAME), hostile, StandardCharsets.UTF_8);
    xssId = SourceIds.fromFileName(XSS_NAME);
    served = new ServedCorpus(corpus, tmp.resolve("index"), null);
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvFileSource(resources = "/reliability/hostile-requests.tsv", delimiter = '\t')
  void hostileRequestsGetAClear4xx(String target, String what, String form) throws IOException {
    assertRefused(target, form.equals("json"), RawHttp.get(served.port(), target));
  }

  @Test
  void oversizedQueriesBodiesAndHeadersAreRefused() throws IOException {
    String longQuery = URLEncoder.encode("dân vận ".repeat(2_000), StandardCharsets.UTF_8);
    assertRefused("long query in /api/search (request line too long: page form)", RawHttp.get(served.port(), "/api/search?q=" + longQuery));
    assertRefused("long page query", RawHttp.get(served.port(), "/search?q=" + longQuery));
    assertRefused("100 KB URL", RawHttp.get(served.port(), "/api/search?q=" + "a".repeat(100_000)));
    String bigHeader = "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(64_000) + "\r\nConnection: close\r\n\r\n";
    assertRefused("64 KB header on an API path", RawHttp.send(served.port(), bigHeader));
    byte[] body = new byte[3_000_000];
    Arrays.fill(body, (byte) 'a');
    String head = "POST /lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + body.length + "\r\nConnection: close\r\n\r\n";
    assertRefused("3 MB form body", postWithBody(head, body));
    String apiHead = head.replace("POST /lint", "POST /api/admin/reindex");
    assertRefused("3 MB API body", postWithBody(apiHead, body));
    assertRefused("API reindex without a token", RawHttp.send(served.port(),
        "POST /api/admin/reindex HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void storedScriptInFileNamesTitlesAndTextIsEscapedOnEveryPage() throws IOException {
    List<String> pages = List.of("/", "/plans", "/plans/" + xssId, "/search?q=zqxss", "/search?q=alert",
        "/directives", "/graph", "/api/documents/" + xssId, "/api/search?q=zqxss");
    for (String page : pages) {
      RawHttp.Response r = RawHttp.get(served.port(), page);
      assertEquals(200, r.status(), page + ": " + r.body());
      assertSecurityHeaders(page, r);
      if (page.startsWith("/api/")) {
        assertTrue(r.header("Content-Type").startsWith("application/json"), page);
        JsonNode hits = JSON.readTree(r.body()).path("hits");
        for (JsonNode hit : hits) {
          for (String raw : RAW_MARKUP) assertFalse(hit.path("snippet").asText().contains(raw), page + " snippet: " + hit);
        }
      } else {
        for (String raw : RAW_MARKUP) assertFalse(r.body().contains(raw), page + " shows raw " + raw);
      }
    }
    assertTrue(RawHttp.get(served.port(), "/plans/" + xssId).body().contains("&lt;script&gt;")
        || RawHttp.get(served.port(), "/plans/" + xssId).body().contains("&lt;img"), "the plan page shows the markup as text");
  }

  @Test
  void reflectedScriptInQueriesIsEscaped() throws IOException {
    for (String q : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
        "dân vận <script>alert(1)</script>")) {
      String enc = URLEncoder.encode(q, StandardCharsets.UTF_8);
      for (String page : List.of("/search?q=" + enc, "/?q=" + enc, "/plans?q=" + enc, "/basis?task=" + enc, "/wording?q=" + enc)) {
        RawHttp.Response r = RawHttp.get(served.port(), page);
        assertTrue(r.status() < 500, page + " → " + r.status());
        assertSecurityHeaders(page, r);
        for (String raw : RAW_MARKUP) assertFalse(r.body().contains(raw), page + " reflects " + raw);
      }
    }
  }

  @Test
  void staticFilesAndErrorsCarryTheSecurityHeaders() throws IOException {
    for (String path : List.of("/static/style.css", "/static/graph.js", "/static/khong-co.css", "/api/health", "/khong-co")) {
      RawHttp.Response r = RawHttp.get(served.port(), path);
      assertTrue(r.status() == 200 || r.status() == 404, path + " → " + r.status());
      assertSecurityHeaders(path, r);
    }
  }

  /** Slow clients hold a connection, never a worker: others are served meanwhile, and idle ones are closed. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void slowClientsNeitherHangWorkersNorStayForever() throws Exception {
    ServerConnector connector = (ServerConnector) served.app.jettyServer().server().getConnectors()[0];
    long idle = connector.getIdleTimeout();
    assertTrue(idle > 0 && idle <= 30_000, "connector idle timeout " + idle + " ms");
    System.out.println("slow clients: connector idle timeout " + idle + " ms");

    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 64; i++) {
        Socket s = new Socket("127.0.0.1", served.port());
        s.getOutputStream().write("GET /api/health HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
        stalled.add(s);
      }
      long t0 = System.nanoTime();
      RawHttp.Response normal = RawHttp.get(served.port(), "/api/search?q=d%C3%A2n%20v%E1%BA%ADn");
      assertEquals(200, normal.status());
      assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "a normal request waited behind 64 stalled ones");

      try (Socket trickle = new Socket("127.0.0.1", served.port())) {
        trickle.setSoTimeout(30_000);
        OutputStream out = trickle.getOutputStream();
        for (byte b : "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII)) {
          out.write(b);
          out.flush();
          Thread.sleep(10);
        }
        InputStream in = trickle.getInputStream();
        assertEquals(200, RawHttp.read(in).status(), "a request sent byte by byte is answered");
      }
    } finally {
      for (Socket s : stalled) s.close();
    }
  }

  private RawHttp.Response postWithBody(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", served.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      try {
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before reading the whole body
      }
      return RawHttp.read(socket.getInputStream());
    }
  }

  /** Refused with a JSON reason when the path is under /api (and readable), else with a page. */
  private static void assertRefused(String what, RawHttp.Response r) throws IOException {
    assertRefused(what, what.startsWith("/api/") || what.contains("API"), r);
  }

  private static void assertRefused(String what, boolean json, RawHttp.Response r) throws IOException {
    assertTrue(r.status() >= 400 && r.status() < 500, what + " → " + r.status() + " " + r.body());
    for (String trace : List.of("Exception", "\tat ", "at io.javalin", "at org.eclipse", "at vn.cancu")) {
      assertFalse(r.body().contains(trace), what + " shows a stack trace: " + r.body());
    }
    assertFalse(r.body().contains("<artifactId>") || r.body().contains("root:x:0:0"), what + " leaked a file");
    assertSecurityHeaders(what, r);
    if (json) {
      assertTrue(r.header("Content-Type").startsWith("application/json"), what + ": " + r.header("Content-Type") + " " + r.body());
      JsonNode error = JSON.readTree(r.body());
      assertFalse(error.path("error").asText().isBlank(), what + ": " + r.body());
    } else {
      assertTrue(r.header("Content-Type").startsWith("text/html"), what + ": " + r.header("Content-Type") + " " + r.body());
      assertTrue(r.body().contains("lang=\"vi\""), what + " error page: " + r.body());
    }
  }

  private static void assertSecurityHeaders(String what, RawHttp.Response r) {
    assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), what + " CSP: " + r.headers());
    assertEquals("nosniff", r.header("X-Content-Type-Options"), what + ": " + r.headers());
  }
}
