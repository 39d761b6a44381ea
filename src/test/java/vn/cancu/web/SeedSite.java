package vn.cancu.web;

import java.nio.file.Path;
import vn.cancu.index.Progress;
import vn.cancu.search.SearchService;

/** The committed seed corpus, indexed into a temporary directory and served by the real app. */
final class SeedSite implements AutoCloseable {

  static final Path CORPUS = Path.of("corpus");
  static final Path WEB = Path.of("web");

  final Site site;
  final LiveSite live;
  final SearchService search;
  final RunningApp app;

  SeedSite(Path indexDir, String adminToken) throws Exception {
    this(CORPUS, indexDir, adminToken);
  }

  SeedSite(Path corpus, Path indexDir, String adminToken) throws Exception {
    SiteLoader loader = new SiteLoader(corpus, indexDir, Progress.NONE);
    this.site = loader.load();
    this.search = SearchService.open(indexDir);
    this.live = new LiveSite(site, loader);
    this.app = new RunningApp(new Services(new WebSettings(WEB, adminToken), live, search));
  }

  @Override
  public void close() throws Exception {
    app.close();
    search.close();
    live.close();
  }
}
