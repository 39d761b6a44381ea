package vn.cancu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.cite.Catalog;
import vn.cancu.search.SearchRequest;
import vn.cancu.search.SearchService;

/**
 * Generations, atomic swap, incremental re-indexing and the writer lock, on a copy of the seed
 * corpus in a temporary directory.
 */
class IndexLifecycleTest {
  static final Path SEEDS = Path.of("corpus", "plans");
  static final String NGHE_AN = "nghe-an_ke-hoach-dan-van-chinh-quyen-2026.txt";
  static final String QUANG_TRI = "quang-tri_vinh-thuy_ke-hoach-dan-van-chinh-quyen-2026.txt";

  @TempDir Path tmp;

  Path copySeeds() throws Exception {
    Path plans = Files.createDirectories(tmp.resolve("corpus").resolve("plans"));
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path f : files.toList()) Files.copy(f, plans.resolve(f.getFileName()));
    }
    return tmp.resolve("corpus");
  }

  /** Adds a sentence to item 3 of the Nghệ An plan. */
  static void edit(Path ngheAn) throws Exception {
    String anchor = "Trung tâm Phục vụ hành chính công.";
    String text = Files.readString(ngheAn, StandardCharsets.UTF_8);
    assertTrue(text.contains(anchor));
    Files.writeString(ngheAn, text.replace(anchor, anchor + " Phát huy mô hình độc nhất vô nhị."), StandardCharsets.UTF_8);
  }

  /** Indexes a copy of the seeds into the layout: its generation. */
  IndexLayout.Generation indexSeeds(IndexLayout layout) throws Exception {
    new Indexer(layout, Progress.NONE).index(copySeeds());
    return layout.current().orElseThrow();
  }

  CorpusLoader.LoadStats index(Indexer indexer, Path corpus) throws Exception {
    return indexer.index(corpus).summary().load();
  }

  @Test
  void reindexingReprocessesOnlyWhatChanged() throws Exception {
    Path corpus = copySeeds();
    Path plans = corpus.resolve("plans");
    Indexer indexer = new Indexer(new IndexLayout(tmp.resolve("index")), Progress.NONE);

    // files, processed, rehashed, reused, removed
    Indexer.Run fresh = indexer.index(corpus);
    assertEquals(new CorpusLoader.LoadStats(5, 5, 0, 0, 0), fresh.summary().load());
    Indexer.Run cached = indexer.index(corpus);
    assertEquals(new CorpusLoader.LoadStats(5, 0, 0, 5, 0), cached.summary().load());
    // Records read back from the manifest equal the freshly parsed ones.
    assertEquals(fresh.corpus().citations(), cached.corpus().citations());
    for (var plan : fresh.corpus().plans().values()) {
      var back = cached.corpus().plan(plan.id()).orElseThrow();
      assertEquals(plan.header(), back.header());
      assertEquals(plan.allClauses(), back.allClauses());
      assertEquals(plan.footnotes(), back.footnotes());
      assertEquals(plan.text(), back.text());
      assertEquals(plan.sourceOffsets(), back.sourceOffsets());
      assertEquals(plan, back, "the whole plan, now that its offsets compare by value");
    }
    assertEquals(fresh.corpus().catalog().records(), cached.corpus().catalog().records());

    // touch: the time changes, the content does not → hashed, not re-parsed
    Path ngheAn = plans.resolve(NGHE_AN);
    Files.setLastModifiedTime(ngheAn, FileTime.fromMillis(Files.getLastModifiedTime(ngheAn).toMillis() + 60_000));
    assertEquals(new CorpusLoader.LoadStats(5, 0, 1, 4, 0), index(indexer, corpus));

    // an edit → only that file is ingested and parsed again
    edit(ngheAn);
    Indexer.Run edited = indexer.index(corpus);
    assertEquals(new CorpusLoader.LoadStats(5, 1, 0, 4, 0), edited.summary().load());
    assertEquals(5, edited.summary().plans());

    // a new file and a removed one
    Files.copy(plans.resolve(QUANG_TRI), plans.resolve("copy-of-quang-tri.txt"));
    Files.delete(plans.resolve(QUANG_TRI));
    Indexer.Run changed = indexer.index(corpus);
    assertEquals(new CorpusLoader.LoadStats(5, 1, 0, 4, 1), changed.summary().load());
    assertTrue(changed.corpus().plan("copy-of-quang-tri").isPresent());
    assertFalse(changed.corpus().plan(QUANG_TRI.replace(".txt", "")).isPresent());
  }

  @Test
  void aGenerationStoresItsDocumentsInSmallBlocks() throws Exception {
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    IndexLayout.Generation generation = indexSeeds(layout);
    try (Directory dir = FSDirectory.open(generation.lucene()); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
        assertEquals(HitReadingCodec.NAME, segment.info.getCodec().getName());
      }
      // Every stored document reads back whole, those longer than a block too.
      StoredFields stored = reader.storedFields();
      int longest = 0;
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        String text = stored.document(doc).get(Schema.TEXT);
        if (text != null) longest = Math.max(longest, text.length());
      }
      assertTrue(longest > 4 * 1024, "the seeds hold a text longer than a block: " + longest);
    }
    try (SearchService service = SearchService.open(layout.root())) {
      String best = service.search(SearchRequest.of("dân vận khéo")).hits().getFirst().text();
      assertTrue(best.toLowerCase(Locale.ROOT).contains("dân vận khéo"), best);
    }
  }

  @Test
  void anUnchangedCorpusTakesItsGenerationsCatalogueAndAnEditBuildsItAgain() throws Exception {
    Path corpus = copySeeds();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    Indexer indexer = new Indexer(layout, Progress.NONE);
    Catalog built = indexer.index(corpus).corpus().catalog();
    assertTrue(built.records().size() > 1);
    // A catalogue that building would not give shows which one an update uses.
    Catalog marked = Catalog.of(List.of(built.records().getFirst()));
    CatalogCodec.write(marked, layout.current().orElseThrow().catalog());
    Catalog reused = indexer.update(corpus).corpus().catalog();
    assertEquals(1, reused.records().size(), "the generation's catalogue, not one built again");
    assertEquals(marked.records(), reused.records());

    edit(corpus.resolve("plans").resolve(NGHE_AN));
    Catalog rebuilt = indexer.update(corpus).corpus().catalog();
    assertEquals(CorpusLoader.standard().load(corpus).catalog().records(), rebuilt.records());
    // The new generation keeps the catalogue it was built with.
    assertEquals(rebuilt.records(), CatalogCodec.read(layout.current().orElseThrow().catalog()).orElseThrow().records());
  }

  @Test
  void aGenerationListsItsDistinctTextsShortestFirst() throws Exception {
    IndexLayout.Generation generation = indexSeeds(new IndexLayout(tmp.resolve("index")));
    try (Directory dir = FSDirectory.open(generation.texts()); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(1, reader.leaves().size());
      // The length BM25 scores with: each text's norm, in the texts' order.
      NumericDocValues norms = reader.leaves().getFirst().reader().getNormValues(Schema.exact(Schema.TEXT));
      int previous = 0;
      int distinctLengths = 0;
      for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
        int length = SmallFloat.byte4ToInt((byte) norms.longValue());
        assertTrue(length >= previous, "text " + doc + " has " + length + " words after one of " + previous);
        if (length > previous) distinctLengths++;
        previous = length;
      }
      assertTrue(distinctLengths > 20, "the seeds' texts have many lengths: " + distinctLengths);
    }
  }

  @Test
  void aRebuildSwapsGenerationsUnderAnOpenService() throws Exception {
    Path corpus = copySeeds();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    Indexer indexer = new Indexer(layout, Progress.NONE);
    indexer.index(corpus);
    try (SearchService service = SearchService.open(layout.root())) {
      assertEquals("gen-1", service.generation());
      assertEquals(0, service.search(SearchRequest.of("độc nhất vô nhị")).total());

      edit(corpus.resolve("plans").resolve(NGHE_AN));
      indexer.index(corpus);
      assertEquals("gen-2", Files.readString(layout.root().resolve("CURRENT")).strip());

      // The open service still answers, and switches to the new generation by itself.
      assertEquals(1, service.search(SearchRequest.of("độc nhất vô nhị")).total());
      assertEquals("gen-2", service.generation());

      indexer.index(corpus);
      service.refresh();
      assertEquals("gen-3", service.generation());
      // The current and the previous generation are kept; older ones are pruned.
      assertEquals(List.of("gen-2", "gen-3"), generations(layout));
    }
  }

  @Test
  void anUpdateKeepsTheCurrentGenerationUntilAFileChanges() throws Exception {
    Path corpus = copySeeds();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    Indexer indexer = new Indexer(layout, Progress.NONE);
    IndexSummary built = indexer.index(corpus).summary();
    Indexer.Run kept = indexer.update(corpus);
    assertEquals("gen-1", kept.summary().generation());
    assertEquals(5, kept.summary().plans());
    // counted without projecting the corpus again, the same as what was written
    IndexSummary counted = kept.summary();
    assertEquals(
        List.of(built.plans(), built.clauses(), built.citations(), built.directives(), built.articles()),
        List.of(counted.plans(), counted.clauses(), counted.citations(), counted.directives(), counted.articles()));
    edit(corpus.resolve("plans").resolve(NGHE_AN));
    assertEquals("gen-2", indexer.update(corpus).summary().generation());
  }

  @Test
  void aCrashedBuildLeavesThePreviousGenerationSearchable() throws Exception {
    Path corpus = copySeeds();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    Indexer indexer = new Indexer(layout, Progress.NONE);
    indexer.index(corpus);
    // What a crash mid-build leaves: a numbered directory with partial files, CURRENT untouched.
    Path partial = Files.createDirectories(layout.root().resolve("gen-2").resolve("lucene"));
    Files.writeString(partial.resolve("_0.cfs"), "truncated");
    try (SearchService service = SearchService.open(layout.root())) {
      assertEquals("gen-1", service.generation());
      assertTrue(service.search(SearchRequest.of("dân vận")).total() > 0);
    }
    indexer.index(corpus);
    assertEquals("gen-3", layout.current().orElseThrow().dir().getFileName().toString());
    assertEquals(List.of("gen-1", "gen-3"), generations(layout));
  }

  @Test
  void aSecondIndexerFailsWhileTheLockIsHeld() throws Exception {
    Path corpus = copySeeds();
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    try (IndexLock held = layout.lock()) {
      IndexLockedException e =
          assertThrows(IndexLockedException.class, () -> new Indexer(layout, Progress.NONE).index(corpus));
      assertTrue(e.getMessage().startsWith("another indexing run is writing " + layout.root()), e.getMessage());
    }
    assertEquals(5, new Indexer(layout, Progress.NONE).index(corpus).summary().plans());
  }

  private static List<String> generations(IndexLayout layout) throws Exception {
    return layout.generations().stream().map(p -> p.getFileName().toString()).toList();
  }
}
