package vn.cancu.index;

import java.io.IOException;

/**
 * Publishes index generations under one index directory, holding its lock throughout: build the
 * new generation beside the current one, point {@code CURRENT} at it, prune old ones.
 */
public final class Indexer {
  private final IndexLayout layout;
  private final Progress progress;

  public Indexer(IndexLayout layout, Progress progress) {
    this.layout = layout;
    this.progress = progress;
  }

  /** Writes the content as a new generation and publishes it; returns the generation. */
  public IndexLayout.Generation publish(IndexContent content) throws IOException {
    try (IndexLock lock = layout.lock();
        FieldAnalyzers analyzers = new FieldAnalyzers()) {
      IndexLayout.Generation generation = layout.createNext();
      new IndexBuilder(analyzers).write(content, generation, progress);
      layout.publish(generation);
      layout.prune();
      return generation;
    }
  }
}
