package vn.cancu.web;

import java.io.IOException;
import java.nio.file.Path;
import vn.cancu.graph.CorpusBasis;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.Indexer;
import vn.cancu.index.Progress;

/**
 * Builds or updates the index from the corpus (only changed files are processed again) and
 * returns the site to serve with it (holding the new generation open for inferred basis: close it).
 */
public final class SiteLoader implements LiveSite.Loader {

  private final Path corpusDir;
  private final Path indexDir;
  private final Progress progress;

  public SiteLoader(Path corpusDir, Path indexDir, Progress progress) {
    this.corpusDir = corpusDir;
    this.indexDir = indexDir;
    this.progress = progress;
  }

  @Override
  public Site load() throws IOException {
    Indexer.Run run = new Indexer(new IndexLayout(indexDir), progress).update(corpusDir);
    return new Site(run.corpus(), run.summary().generation(), CorpusBasis.open(run.corpus(), indexDir));
  }
}
