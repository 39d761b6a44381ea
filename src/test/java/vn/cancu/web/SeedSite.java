package vn.cancu.web;

import java.nio.file.Path;
import vn.cancu.index.Progress;
import vn.cancu.search.SearchService;

/** The committed seed corpus, indexed into a temporary directory and served by the real app. */
final class SeedSite implements AutoCloseable {

  static final Path CORPUS = Path.of("corpus");
  static final Path WEB = Path.of("web");

  final Site site;
  final SearchService search;
  final RunningApp app;

  SeedSite(Path indexDir, String adminToken) throws Exception {
    this(CORPUS, indexDir, adminToken);
  }

  SeedSite(Path corpus, Path indexDir, String adminToken) throws Exception {
    SiteLoader loader = new SiteLoader(corpus, indexDir, Progress.NONE);
    this.site = loader.load();
    this.search = SearchService.open(indexDir);
    this.app = new RunningApp(new Services(new WebSettings(WEB, adminToken), new LiveSite(site, loader), search));
  }

  @Override
  public void close() throws Exception {
    app.close();
    search.close();
  }
}
