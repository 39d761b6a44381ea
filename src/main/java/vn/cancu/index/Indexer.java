package vn.cancu.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import vn.cancu.cite.Catalog;
import vn.cancu.concurrent.Started;

/**
 * Publishes index generations under one index directory, holding its writer lock throughout: load
 * the corpus (reusing the current generation's manifest), build a new generation beside the
 * current one, point {@code CURRENT} at it, prune old ones. "Only reprocesses changed files" means
 * ingest, parse and citation extraction: those are the costly steps. The Lucene index itself is
 * always written whole into the fresh generation from the cached records: that takes well under a
 * second for thousands of clauses, keeps the swap atomic, and is needed anyway because catalogue
 * records, cited-by counts and the phrase vocabulary depend on every plan. The catalogue itself is
 * kept in the generation and read back when no file changed.
 */
public final class Indexer {
  private final IndexLayout layout;
  private final CorpusLoader loader;
  private final Progress progress;

  public Indexer(IndexLayout layout, CorpusLoader loader, Progress progress) {
    this.layout = layout;
    this.loader = loader;
    this.progress = progress;
  }

  public Indexer(IndexLayout layout, Progress progress) {
    this(layout, CorpusLoader.standard(), progress);
  }

  /** The corpus snapshot a run indexed, and the run's summary. */
  public record Run(Corpus corpus, IndexSummary summary) {}

  /** Loads the corpus (incrementally), indexes it as a new generation and publishes it. */
  public Run index(Path corpusDir) throws IOException {
    return index(corpusDir, false);
  }

  /**
   * Like {@link #index}, but keeps the current generation when no corpus file changed since it was
   * built: a server start-up on an up-to-date index then costs a manifest read, not a rebuild
   * (rewriting the Lucene index took half a cold index run: 50 s for 300 plans on 2 loaded cores).
   */
  public Run update(Path corpusDir) throws IOException {
    return index(corpusDir, true);
  }

  private Run index(Path corpusDir, boolean keepUnchanged) throws IOException {
    long t0 = System.nanoTime();
    try (IndexLock lock = layout.lock()) {
      Optional<IndexLayout.Generation> current = layout.current();
      CorpusLoader.Loaded loaded = loader.load(corpusDir, previousManifest(current), previousCatalog(current), progress);
      Corpus corpus = loaded.corpus();
      IndexLayout.Generation generation;
      CorpusProjection.Size size;
      if (keepUnchanged && current.isPresent() && unchanged(loaded.stats())) {
        generation = current.get();
        size = CorpusProjection.size(corpus);
      } else {
        IndexContent content = CorpusProjection.of(corpus);
        generation = write(content, loaded.manifest(), corpus.catalog());
        size = CorpusProjection.size(content);
      }
      IndexSummary summary =
          new IndexSummary(
              generation.dir().getFileName().toString(),
              loaded.stats(),
              corpus.skipped(),
              size.plans(),
              size.clauses(),
              corpus.citationCount(),
              size.directives(),
              size.articles(),
              (System.nanoTime() - t0) / 1_000_000);
      return new Run(corpus, summary);
    }
  }

  /**
   * The current generation's manifest, decoded on a thread of its own (and the common pool) while
   * the caller lists the corpus: at 10k plans, the listing is a fifth of a second of file stats.
   */
  private static Supplier<Manifest> previousManifest(Optional<IndexLayout.Generation> current) {
    if (current.isEmpty()) return Manifest::empty;
    CompletableFuture<Manifest> read = Started.onOwnThread("manifest-read", () -> Manifest.read(current.get().manifest()));
    return () -> Started.await(read);
  }

  /** The current generation's catalogue, read beside its manifest: used when no corpus file changed. */
  private static Supplier<Optional<Catalog>> previousCatalog(Optional<IndexLayout.Generation> current) {
    if (current.isEmpty()) return Optional::empty;
    CompletableFuture<Optional<Catalog>> read =
        Started.onOwnThread("catalog-read", () -> CatalogCodec.read(current.get().catalog()));
    return () -> Started.await(read);
  }

  private static boolean unchanged(CorpusLoader.LoadStats stats) {
    return stats.processed() == 0 && stats.rehashed() == 0 && stats.removed() == 0;
  }

  /** Indexes ready-made content (an external JSONL collection) as a new generation. */
  public IndexSummary publish(IndexContent content) throws IOException {
    long t0 = System.nanoTime();
    try (IndexLock lock = layout.lock()) {
      IndexLayout.Generation generation = write(content, Manifest.empty(), null);
      return new IndexSummary(
          generation.dir().getFileName().toString(),
          new CorpusLoader.LoadStats(0, 0, 0, 0, 0),
          List.of(),
          content.plans().size(),
          content.clauseCount(),
          0,
          content.directives().size(),
          content.articleCount(),
          (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /**
   * Writes a complete generation, then publishes it; a failure before the swap leaves CURRENT alone.
   *
   * @param catalog the catalogue of the manifest's files, or null when there is none
   */
  private IndexLayout.Generation write(IndexContent content, Manifest manifest, Catalog catalog) throws IOException {
    try (FieldAnalyzers analyzers = new FieldAnalyzers()) {
      IndexLayout.Generation generation = layout.createNext();
      new IndexBuilder(analyzers).write(content, generation, progress);
      manifest.write(generation.manifest());
      if (catalog != null) CatalogCodec.write(catalog, generation.catalog());
      layout.publish(generation);
      return generation;
    } finally {
      progress.close();
    }
  }
}
