package vn.cancu.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.IOUtils;
import vn.cancu.cite.Catalog;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.IndexLayout;

/**
 * {@link InferredBasis} over one published index generation, held open for inference on demand.
 * Reference-counted like the search service's snapshots: {@link #close()} drops the owner's
 * reference, inferences already running finish on the reader, and the directory and analyzers
 * close with the last of them. Thread-safe.
 */
final class OpenInference implements AutoCloseable {
  private final DirectoryReader reader;
  private final InferredBasis inferred;
  private final AtomicBoolean closed = new AtomicBoolean();

  private OpenInference(DirectoryReader reader, InferredBasis inferred) {
    this.reader = reader;
    this.inferred = inferred;
  }

  static OpenInference open(IndexLayout.Generation generation, Catalog catalog) throws IOException {
    DirectoryReader reader = generation.openReader();
    try {
      FieldAnalyzers analyzers = new FieldAnalyzers();
      reader.getReaderCacheHelper().addClosedListener(key -> analyzers.close());
      return new OpenInference(reader, new InferredBasis(new IndexSearcher(reader), analyzers.perField(), catalog));
    } catch (RuntimeException e) {
      IOUtils.closeWhileHandlingException(reader);
      throw e;
    }
  }

  /**
   * What {@code inference} computes with the generation's {@link InferredBasis}, or empty once
   * closed: the generation may be gone from disk, and its replacement answers from then on.
   */
  <T> Optional<T> with(Function<InferredBasis, T> inference) {
    if (!reader.tryIncRef()) return Optional.empty();
    try {
      return Optional.of(inference.apply(inferred));
    } finally {
      decRef();
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) decRef();
  }

  private void decRef() {
    try {
      reader.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index reader of " + reader.directory(), e);
    }
  }
}
