package vn.cancu.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cancu.index.CorpusLoader;
import vn.cancu.search.SearchService;
import vn.cancu.web.CorpusWatcher;
import vn.cancu.web.LiveSite;
import vn.cancu.web.Services;
import vn.cancu.web.Site;
import vn.cancu.web.SiteLoader;
import vn.cancu.web.WebApp;
import vn.cancu.web.WebSettings;

/** {@code cancu serve}: indexes the corpus, then serves the web pages and the JSON API until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Index the corpus, then serve the web UI and the JSON API (stop with Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus directory with plans/ and directives/ (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--index", defaultValue = "index", description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--web", defaultValue = "web", description = "Directory with templates/ and static/ (default: ${DEFAULT-VALUE}).")
  Path web;

  @Option(names = "--admin-token", defaultValue = "${env:CANCU_ADMIN_TOKEN}",
      description = "Bearer token enabling POST /api/admin/reindex (default: $CANCU_ADMIN_TOKEN; none: disabled).")
  String adminToken;

  @Option(names = "--watch", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Re-index when corpus files change (default: on; --no-watch to turn off).")
  boolean watch;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      err.println("cancu serve: no corpus directory: " + corpus.toAbsolutePath());
      return ExitCodes.USAGE;
    }
    WebSettings settings;
    try {
      settings = new WebSettings(web, adminToken);
    } catch (IllegalArgumentException e) {
      err.println("cancu serve: " + e.getMessage() + " (use --web DIR)");
      return ExitCodes.USAGE;
    }
    SiteLoader loader = new SiteLoader(corpus, index, new ConsoleProgress());
    Site site = loader.load();
    out.printf("loaded %d plans, %d cited documents (%d files skipped); index %s%n",
        site.plans().size(), site.catalog().records().size(), site.skipped().size(), site.generation());
    LiveSite live = new LiveSite(site, loader);
    try (SearchService search = SearchService.open(index);
        CorpusWatcher watcher = watch ? watcher(live, search, out) : null) {
      Javalin app = WebApp.create(new Services(settings, live, search));
      try {
        app.start(host, port);
      } catch (JavalinBindException e) {
        err.println("cancu serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
        return ExitCodes.FAILED;
      }
      out.printf("Căn Cứ: http://%s:%d/%n", host.equals("0.0.0.0") ? "localhost" : host, app.port());
      if (settings.adminToken() == null) out.println("admin endpoints off (no --admin-token)");
      if (watcher != null) out.println("watching " + corpus + " for changes");
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> { app.stop(); stopped.countDown(); }));
      stopped.await();
      return ExitCodes.OK;
    }
  }

  private CorpusWatcher watcher(LiveSite live, SearchService search, PrintWriter out) throws java.io.IOException {
    List<Path> folders = List.of(corpus.resolve(CorpusLoader.PLANS), corpus.resolve(CorpusLoader.DIRECTIVES));
    return new CorpusWatcher(folders, () -> {
      try {
        Site next = live.reload();
        search.refresh();
        out.printf("corpus changed: re-indexed %d plans into %s%n", next.plans().size(), next.generation());
        out.flush();
      } catch (Exception e) {
        throw new IllegalStateException("re-index of " + corpus + " failed: " + e.getMessage(), e);
      }
    });
  }
}
