package vn.cancu.reliability;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.cancu.index.Progress;
import vn.cancu.search.SearchService;
import vn.cancu.web.LiveSite;
import vn.cancu.web.Services;
import vn.cancu.web.SiteLoader;
import vn.cancu.web.WebApp;
import vn.cancu.web.WebSettings;

/** A corpus indexed and served by the real app on a free loopback port, as {@code cancu serve} does. */
final class ServedCorpus implements AutoCloseable {
  static final Path WEB = Path.of("web");

  final LiveSite site;
  final SearchService search;
  final Javalin app;
  final HttpClient client = HttpClient.newHttpClient();

  ServedCorpus(Path corpus, Path index, String adminToken) throws Exception {
    SiteLoader loader = new SiteLoader(corpus, index, Progress.NONE);
    this.site = new LiveSite(loader.load(), loader);
    this.search = SearchService.open(index);
    this.app = WebApp.create(new Services(new WebSettings(WEB, adminToken), site, search)).start("127.0.0.1", 0);
  }

  /** A copy of the seed plans under {@code dir/plans}; returns {@code dir}. */
  static Path copySeeds(Path dir) throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    try (Stream<Path> files = Files.list(Path.of("corpus", "plans"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) Files.copy(f, plans.resolve(f.getFileName()));
    }
    return dir;
  }

  int port() {
    return app.port();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    app.stop();
    search.close();
    site.close();
  }
}
