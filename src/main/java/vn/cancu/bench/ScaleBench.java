package vn.cancu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.cancu.gen.CorpusGenerator;
import vn.cancu.gen.SeedMaterial;
import vn.cancu.graph.BasisFinder;
import vn.cancu.graph.CorpusBasis;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.IndexSummary;
import vn.cancu.index.Indexer;
import vn.cancu.index.Progress;
import vn.cancu.search.SearchService;

/**
 * One corpus size end to end: generate (or reuse) the corpus, index it from scratch, then measure
 * search latency alone and under concurrent clients, and the linear-scan floor.
 */
public final class ScaleBench {
  /**
   * How much to run.
   *
   * @param seed generator seed
   * @param warmUpSeconds the longest warm-up: concurrent searching until the JIT settles
   * @param perKind single-client requests per kind
   * @param clients concurrent clients
   * @param perClient requests per concurrent client
   * @param scans linear scans per kind
   */
  public record Settings(long seed, double warmUpSeconds, int perKind, int clients, int perClient, int scans) {}

  private final SeedMaterial material;
  private final Path work;
  private final Settings settings;
  private final Consumer<String> log;

  public ScaleBench(SeedMaterial material, Path work, Settings settings, Consumer<String> log) {
    this.material = material;
    this.work = work;
    this.settings = settings;
    this.log = log;
  }

  /** The generated corpus of this size (made once, then reused: generation is deterministic). */
  public Path corpus(int plans) {
    Path dir = work.resolve("corpus-" + plans + "-seed" + settings.seed());
    Path done = dir.resolve(".complete");
    if (!Files.exists(done)) {
      log.accept("generating " + plans + " plans into " + dir);
      delete(dir);
      new CorpusGenerator(material).write(plans, settings.seed(), dir);
      touch(done);
    }
    return dir;
  }

  /** The index directory of this size (built by {@link #run}). */
  public Path index(int plans) {
    return work.resolve("index-" + plans);
  }

  public SizeResult run(int plans) throws IOException, InterruptedException {
    Path corpus = corpus(plans);
    Path index = index(plans);
    delete(index);
    log.accept("indexing " + plans + " plans");
    long t0 = System.nanoTime();
    Indexer.Run indexed = new Indexer(new IndexLayout(index), Progress.NONE).index(corpus);
    IndexSummary summary = indexed.summary();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double corpusMb = bytes(corpus.resolve("plans")) / 1e6;
    double totalMb = bytes(index) / 1e6;
    IndexLayout.Generation generation = new IndexLayout(index).current().orElseThrow();
    double indexMb = (bytes(generation.lucene()) + bytes(generation.texts())) / 1e6;
    Map<String, Latencies> single = new LinkedHashMap<>();
    Map<String, Latencies> scan = new LinkedHashMap<>();
    Latencies concurrent;
    double heapMb;
    // No result cache: the query rotation repeats, and the figures are about searching, not lookups.
    try (SearchService service = SearchService.open(index, 0);
        CorpusBasis basis = CorpusBasis.open(indexed.corpus(), index)) {
      SearchBench bench = new SearchBench(service, new BasisFinder(service, basis, indexed.corpus().catalog()));
      log.accept("searching " + plans + " plans");
      double warm = bench.warmUp(settings.clients(), settings.warmUpSeconds());
      log.accept(String.format(Locale.ROOT, "warmed up for %.1f s (until the JIT settled, at most %.0f s)", warm, settings.warmUpSeconds()));
      for (String kind : QueryMix.ALL_KINDS) single.put(kind, bench.single(kind, settings.perKind()));
      concurrent = bench.concurrent(settings.clients(), settings.perClient());
      heapMb = heapAfterGc();
    }
    log.accept("scanning " + plans + " plans");
    LinearScan floor = LinearScan.load(corpus.resolve("plans"));
    for (String kind : QueryMix.ALL_KINDS) scan.put(kind, floor.run(kind, settings.scans()));
    ServeStartup.Startup serve = new ServeStartup.Startup(0, 0, 0);
    if (ServeStartup.runningJar().isPresent()) {
      log.accept("starting the server on the " + plans + "-plan index");
      serve = ServeStartup.measure(ServeStartup.runningJar().get(), corpus, index, work.resolve("serve-" + plans + ".jsa"));
    }
    return new SizeResult(plans, corpusMb, seconds, plans / seconds, corpusMb / seconds, indexMb, totalMb - indexMb, summary.clauses(),
        single, concurrent, settings.clients(), scan, heapMb, serve.firstSeconds(), serve.seconds(), serve.heapMb());
  }

  static double heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
  }

  static long bytes(Path dir) {
    if (!Files.exists(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(ScaleBench::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir, e);
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + f, e);
    }
  }

  private static void touch(Path f) {
    try {
      Files.writeString(f, "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f, e);
    }
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
