package vn.cancu.search;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.IOUtils;
import vn.cancu.concurrent.Started;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.PhraseVocabulary;

/**
 * One published generation opened for reading. A generation never changes once published, so its
 * reader, facet values, distinct texts and vocabulary are built once. Closing it only drops the
 * manager's reference: searches still holding a searcher finish, and the directory closes with the
 * last reader.
 */
final class IndexSnapshot implements AutoCloseable {
  final IndexLayout.Generation generation;
  final SearcherManager searchers;
  private final CompletableFuture<FacetOrdinals> facets;
  final DistinctTextSearcher texts;
  final PhraseVocabulary vocabulary;
  final PageCache pages;

  private IndexSnapshot(
      IndexLayout.Generation generation,
      SearcherManager searchers,
      CompletableFuture<FacetOrdinals> facets,
      DistinctTextSearcher texts,
      PhraseVocabulary vocabulary,
      PageCache pages) {
    this.generation = generation;
    this.searchers = searchers;
    this.facets = facets;
    this.texts = texts;
    this.vocabulary = vocabulary;
    this.pages = pages;
  }

  /** @param cachedHits how many hits the cached result pages may hold (see {@link PageCache}) */
  static IndexSnapshot open(IndexLayout.Generation generation, int cachedHits) throws IOException {
    DirectoryReader reader = generation.openReader();
    DirectoryReader textsReader = null;
    try {
      if (!Files.isDirectory(generation.texts())) {
        throw new IOException(generation.dir() + " was built by an older version (no distinct-text index): run `cancu index`");
      }
      textsReader = generation.openTextsReader();
      DistinctTextSearcher texts = DistinctTextSearcher.open(reader, textsReader); // closes with reader
      textsReader = null;
      PhraseVocabulary vocabulary = PhraseVocabulary.read(generation.phrases());
      SearcherManager manager = new SearcherManager(reader, null); // takes over our reference
      // Read while the server finishes starting (0.1 s at 10k plans); the first count waits for it.
      CompletableFuture<FacetOrdinals> facets = Started.onOwnThread("facet-values", () -> FacetOrdinals.read(reader));
      return new IndexSnapshot(generation, manager, facets, texts, vocabulary, new PageCache(cachedHits));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(textsReader, reader);
      throw e;
    }
  }

  /** The facet values of every document, once read. */
  FacetOrdinals facets() {
    return Started.await(facets);
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }
}
