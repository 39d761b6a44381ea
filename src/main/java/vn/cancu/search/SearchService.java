package vn.cancu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.FixedBitSet;
import vn.cancu.concurrent.CoreWorkers;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.Schema;

/**
 * Searches the published index generation. Thread-safe; one instance per index directory. Each
 * search first checks the {@code CURRENT} pointer and switches to a newly published generation, so
 * a long-running server sees re-indexing without a restart; searches running during the switch
 * finish on the generation they started with. The check costs one file-attribute read and no
 * lock: publishing replaces the pointer file, so its attributes change whenever its content does.
 * Pages not in the cache are searched on one thread per core, in arrival order ({@link CoreWorkers}).
 */
public final class SearchService implements AutoCloseable {
  static final int FACET_VALUES = 50;
  /** Hits the cached result pages of a generation may hold: 256 pages of 10, some MB of text. */
  public static final int CACHED_HITS = 2_560;

  private final IndexLayout layout;
  private final int cachedHits;
  private final FieldAnalyzers analyzers = new FieldAnalyzers();
  private final UserQueryParser parser = new UserQueryParser();
  private final QueryFactory queries = new QueryFactory(analyzers);
  private final Highlighter highlighter = new Highlighter();
  private final Snippets snippets = new Snippets();
  private final SymbolRecognizer symbols = new SymbolRecognizer();
  private final Suggester suggester = new Suggester();
  private final CoreWorkers workers = CoreWorkers.perCore("search");
  private volatile IndexSnapshot snapshot; // replaced under this
  private volatile PointerStamp seen; // the pointer's attributes when snapshot was chosen
  private volatile boolean closed;

  private SearchService(IndexLayout layout, int cachedHits, PointerStamp seen, IndexSnapshot snapshot) {
    this.layout = layout;
    this.cachedHits = cachedHits;
    this.seen = seen;
    this.snapshot = snapshot;
  }

  /** Opens the index under {@code indexDir}; fails with {@link IndexMissingException} if none was published. */
  public static SearchService open(Path indexDir) throws IOException {
    return open(indexDir, CACHED_HITS);
  }

  /**
   * Like {@link #open(Path)}, keeping recent result pages of up to {@code cachedHits} hits in all
   * per generation for repeated requests; 0 searches every request afresh (what a latency
   * benchmark should measure).
   */
  public static SearchService open(Path indexDir, int cachedHits) throws IOException {
    IndexLayout layout = new IndexLayout(indexDir);
    PointerStamp seen = PointerStamp.of(layout.pointer());
    IndexLayout.Generation generation =
        layout.current()
            .orElseThrow(() -> new IndexMissingException("no index in " + layout.root() + ": run `cancu index` first"));
    return new SearchService(layout, cachedHits, seen, IndexSnapshot.open(generation, cachedHits));
  }

  /**
   * A request's Lucene queries.
   *
   * @param ranking the words and their weights: what scores a document (or a distinct text)
   * @param matching the documents to list and count: the words, narrowed by the facet filters
   * @param units what the highlighter marks
   */
  record Prepared(UserQuery parsed, Query ranking, Query matching, List<QueryFactory.Unit> units) {}

  Prepared prepare(SearchRequest request) {
    UserQuery parsed = parser.parse(request.query());
    QueryFactory.Compiled compiled = queries.build(parsed, symbols.recognise(parsed));
    Query ranking = new KindWeightedQuery(compiled.query());
    return new Prepared(parsed, ranking, filtered(compiled.matching(), request), compiled.units());
  }

  /** The query narrowed by the request's facet filters. */
  static Query filtered(Query query, SearchRequest request) {
    DrillDownQuery out = new DrillDownQuery(Schema.facetsConfig(), query);
    request.filters().forEach((dim, values) -> values.forEach(v -> out.add(dim, v)));
    return out;
  }

  public SearchPage search(SearchRequest request) {
    long t0 = System.nanoTime();
    IndexSnapshot snap = current();
    SearchPage cached = snap.pages.get(request);
    if (cached != null) return cached.took((System.nanoTime() - t0) / 1_000_000);
    return workers.run(() -> computed(snap, request, t0));
  }

  /** A page searched afresh (on a worker: its time includes the wait for one). */
  private SearchPage computed(IndexSnapshot snap, SearchRequest request, long t0) {
    Prepared prepared = prepare(request);
    while (true) {
      IndexSearcher searcher;
      try {
        searcher = snap.searchers.acquire();
      } catch (AlreadyClosedException | IOException e) {
        snap = current(); // swapped out since it was chosen: take the new one
        continue;
      }
      try {
        SearchPage page = run(searcher, snap, prepared, request, t0);
        snap.pages.put(request, page);
        return page;
      } catch (IOException e) {
        throw new UncheckedIOException("search failed on " + snap.generation.dir(), e);
      } finally {
        release(snap, searcher);
      }
    }
  }

  private SearchPage run(IndexSearcher searcher, IndexSnapshot snap, Prepared prepared, SearchRequest request, long t0)
      throws IOException {
    int wanted = request.offset() + request.limit();
    // Matching, total and facets without scores (the optional clauses need not be read), then the
    // ranking through the distinct texts: scoring every match was most of a search, as plans copy
    // plans and common words match a third of the clauses.
    FixedBitSet matched = MatchedDocuments.of(searcher, prepared.matching());
    List<ScoreDoc> docs = snap.texts.top(prepared.ranking(), matched, !request.filters().isEmpty(), wanted);
    List<Hit> hits = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    List<Highlighter.UnitWeights> marks = highlighter.weights(searcher, prepared.units());
    // Documents with the same text have the same marks: a page lists a text's documents together.
    Map<Integer, List<Hit.Highlight>> marked = new HashMap<>();
    for (int i = request.offset(); i < docs.size(); i++) {
      ScoreDoc d = docs.get(i);
      Document doc = stored.document(d.doc);
      String text = Optional.ofNullable(doc.get(Schema.TEXT)).orElse("");
      int textId = snap.texts.textOf(d.doc);
      List<Hit.Highlight> highlights = marked.get(textId);
      if (highlights == null) {
        highlights = highlighter.find(searcher, d.doc, text, marks);
        marked.put(textId, highlights);
      }
      hits.add(hit(doc, text, d.score, highlights));
    }
    Map<String, List<SearchPage.FacetCount>> facets =
        request.facets() ? snap.facets().count(matched, FACET_VALUES) : FacetOrdinals.none();
    String suggestion = suggester.suggest(prepared.parsed(), snap.vocabulary);
    return new SearchPage(matched.cardinality(), hits, facets, suggestion, (System.nanoTime() - t0) / 1_000_000);
  }

  private Hit hit(Document d, String text, float score, List<Hit.Highlight> highlights) {
    String year = d.get(Schema.YEAR);
    return new Hit(
        d.get(Schema.DOC),
        d.get(Schema.CLAUSE),
        d.get(Schema.KIND),
        d.get(Schema.TITLE),
        Optional.ofNullable(d.get(Schema.HEADING)).orElse(""),
        text,
        snippets.snippet(text, highlights),
        score,
        d.get(Schema.TYPE),
        d.get(Schema.NUMBER),
        d.get(Schema.ISSUER),
        d.get(Schema.PROVINCE),
        d.get(Schema.LEVEL),
        year == null ? null : Integer.valueOf(year),
        d.get(Schema.DATE),
        Arrays.stream(d.getFields(Schema.CITED)).map(IndexableField::stringValue).toList(),
        highlights);
  }

  /** Switches to the generation {@code CURRENT} names, if it changed (searches do it themselves). */
  public void refresh() {
    switchTo(PointerStamp.of(layout.pointer()));
  }

  /** The snapshot to search: the one in use unless the pointer file changed since it was chosen. */
  private IndexSnapshot current() {
    if (closed) throw new IllegalStateException("the search service for " + layout.root() + " is closed");
    PointerStamp stamp = PointerStamp.of(layout.pointer());
    return stamp.equals(seen) ? snapshot : switchTo(stamp);
  }

  /**
   * Reads the pointer (after taking its stamp, so a publish in between is seen by the next search)
   * and switches to a newly published generation. The old snapshot is closed at once: searches
   * holding its searcher keep their reference until they release it.
   */
  private synchronized IndexSnapshot switchTo(PointerStamp stamp) {
    if (closed) throw new IllegalStateException("the search service for " + layout.root() + " is closed");
    Optional<IndexLayout.Generation> current = layout.current();
    if (current.isEmpty() || current.get().equals(snapshot.generation)) {
      seen = stamp;
      return snapshot;
    }
    try {
      IndexSnapshot next = IndexSnapshot.open(current.get(), cachedHits);
      IndexSnapshot old = snapshot;
      snapshot = next;
      seen = stamp; // only once opened: a failed open is retried by the next search
      old.close();
      return next;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the new index generation " + current.get().dir(), e);
    }
  }

  /** The directory name of the generation searches currently use ("gen-3"). */
  public String generation() {
    return snapshot.generation.dir().getFileName().toString();
  }

  private static void release(IndexSnapshot snap, IndexSearcher searcher) {
    try {
      snap.searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release a searcher of " + snap.generation.dir(), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) return;
    closed = true;
    workers.close();
    snapshot.close();
    analyzers.close();
  }
}
