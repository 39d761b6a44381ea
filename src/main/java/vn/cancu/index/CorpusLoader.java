package vn.cancu.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.cite.DirectiveText;
import vn.cancu.cite.DirectiveTextParser;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.ingest.IngestLimits;
import vn.cancu.ingest.IngestOutcome;
import vn.cancu.ingest.Ingested;
import vn.cancu.ingest.Ingestor;
import vn.cancu.ingest.Skipped;

/**
 * The corpus pipeline: a corpus directory ({@code plans/}, {@code directives/}) → ingest → parse →
 * cite → catalogue, as a {@link Corpus}. Given the manifest of the previous run, a file is
 * reprocessed only when it is new or its content changed: same size and time → reused as is; other
 * time but same SHA-256 (a touch, a copy) → reused; anything else → ingested and parsed again.
 * The catalogue depends on every plan: it is built again whenever a file changed, and otherwise
 * taken from the previous run when the caller has it.
 */
public final class CorpusLoader {
  public static final String PLANS = "plans";
  public static final String DIRECTIVES = "directives";

  // Made on first use: Tika's start-up was a second of a server start on an unchanged corpus, which ingests nothing.
  private final Supplier<Ingestor> ingestor;
  // One of each per loading thread: files are processed in parallel.
  private final ThreadLocal<PlanParser> planParser = ThreadLocal.withInitial(PlanParser::new);
  private final ThreadLocal<CitationExtractor> citations = ThreadLocal.withInitial(CitationExtractor::new);
  private final ThreadLocal<DirectiveTextParser> directiveParser = ThreadLocal.withInitial(DirectiveTextParser::new);

  public CorpusLoader(Ingestor ingestor) {
    Objects.requireNonNull(ingestor, "ingestor");
    this.ingestor = () -> ingestor;
  }

  private CorpusLoader(Supplier<Ingestor> ingestor) {
    this.ingestor = ingestor;
  }

  public static CorpusLoader standard() {
    return new CorpusLoader(
        new Supplier<>() {
          private Ingestor made;

          @Override
          public synchronized Ingestor get() {
            if (made == null) made = new Ingestor(IngestLimits.defaults());
            return made;
          }
        });
  }

  /**
   * The result of a load.
   *
   * @param corpus the snapshot
   * @param manifest the manifest describing it, for the next run
   * @param stats what was reused and what reprocessed
   */
  public record Loaded(Corpus corpus, Manifest manifest, LoadStats stats) {}

  /**
   * Counts of one load.
   *
   * @param files corpus files seen
   * @param processed files ingested and parsed (new or changed)
   * @param rehashed files whose time changed but content did not (reused after hashing)
   * @param reused files reused without reading (same size and time)
   * @param removed files of the previous manifest no longer present
   */
  public record LoadStats(int files, int processed, int rehashed, int reused, int removed) {}

  /** Loads everything, with no cache. */
  public Corpus load(Path corpusDir) {
    return load(corpusDir, Manifest.empty(), Progress.NONE).corpus();
  }

  public Loaded load(Path corpusDir, Manifest previous, Progress progress) {
    return load(corpusDir, () -> previous, progress);
  }

  /** Like {@link #load(Path, Manifest, Progress)}, asking for the previous manifest once the corpus is listed. */
  public Loaded load(Path corpusDir, Supplier<Manifest> previous, Progress progress) {
    return load(corpusDir, previous, Optional::empty, progress);
  }

  /**
   * Like {@link #load(Path, Supplier, Progress)}, taking the catalogue of the previous manifest's
   * files instead of building it again when every file is unchanged.
   *
   * @param previousCatalog the catalogue built from exactly the previous manifest's files, if known
   */
  public Loaded load(Path corpusDir, Supplier<Manifest> previous, Supplier<Optional<Catalog>> previousCatalog,
      Progress progress) {
    Path root = corpusDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve(PLANS)) && !Files.isDirectory(root.resolve(DIRECTIVES))) {
      throw new IllegalArgumentException("not a corpus directory (no plans/ or directives/ in it): " + corpusDir);
    }
    Map<String, Ingestor.SourceFile> files = new TreeMap<>();
    for (String folder : List.of(PLANS, DIRECTIVES)) {
      for (Ingestor.SourceFile f : Ingestor.sources(root.resolve(folder))) {
        files.put(root.relativize(f.path()).toString().replace('\\', '/'), f);
      }
    }
    String pipeline = PipelineVersion.current();
    Manifest cached = previous.get();
    Map<String, Manifest.Entry> cache = pipeline.equals(cached.pipeline()) ? cached.files() : Map.of();
    Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
    List<Changed> changed = new ArrayList<>();
    int rehashed = 0;
    int reused = 0;
    progress.start("Reading corpus", files.size());
    for (var file : files.entrySet()) {
      Path path = file.getValue().path();
      long size = file.getValue().size();
      long modified = file.getValue().modifiedMillis();
      Manifest.Entry old = cache.get(file.getKey());
      entries.put(file.getKey(), null); // keeps the sorted order; filled below when changed
      if (old != null && old.size() == size && old.modified() == modified) {
        entries.put(file.getKey(), old);
        reused++;
        progress.step();
        continue;
      }
      String sha = sha256(path);
      if (old != null && old.sha256().equals(sha)) {
        entries.put(file.getKey(), old.touched(modified));
        rehashed++;
        progress.step();
      } else {
        changed.add(new Changed(file.getKey(), path, size, modified, sha));
      }
    }
    // Ingest, parse and cite are per file and dominate a cold load: spread them over the cores.
    Map<String, Manifest.Entry> fresh =
        changed.parallelStream()
            .collect(java.util.stream.Collectors.toConcurrentMap(Changed::key, c -> {
              Manifest.Entry e = process(c.key().startsWith(PLANS + "/"), c.path(), c.size(), c.modified(), c.sha());
              progress.step();
              return e;
            }));
    entries.putAll(fresh);
    int processed = changed.size();
    int removed = (int) cache.keySet().stream().filter(k -> !files.containsKey(k)).count();
    // Touched files count as the same: the catalogue depends on content, not on times.
    boolean sameContent = changed.isEmpty() && removed == 0 && !cache.isEmpty();
    Corpus corpus = assemble(files, entries, sameContent ? previousCatalog.get() : Optional.empty());
    return new Loaded(
        corpus,
        new Manifest(Manifest.FORMAT, pipeline, entries),
        new LoadStats(files.size(), processed, rehashed, reused, removed));
  }

  private record Changed(String key, Path path, long size, long modified, String sha) {}

  private Manifest.Entry process(boolean isPlan, Path path, long size, long modified, String sha) {
    IngestOutcome outcome = ingestor.get().ingest(path);
    if (outcome instanceof Skipped s) return new Manifest.Entry(size, modified, sha, null, null, null, s.reason());
    var text = ((Ingested) outcome).text();
    if (isPlan) {
      Plan plan = planParser.get().parse(text);
      return new Manifest.Entry(size, modified, sha, plan, citations.get().extract(plan), null, null);
    }
    return directiveParser
        .get()
        .parse(text)
        .map(d -> new Manifest.Entry(size, modified, sha, null, null, d, null))
        .orElseGet(
            () ->
                new Manifest.Entry(size, modified, sha, null, null, null,
                    "no directive title with a number (e.g. \"Luật ... số 10/2022/QH15\") in its first lines"));
  }

  private static Corpus assemble(
      Map<String, Ingestor.SourceFile> files, Map<String, Manifest.Entry> entries, Optional<Catalog> built) {
    Map<String, Plan> plans = new TreeMap<>();
    Map<String, List<vn.cancu.cite.Citation>> cited = new LinkedHashMap<>();
    List<DirectiveText> directives = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (var e : entries.entrySet()) {
      Manifest.Entry entry = e.getValue();
      Path path = files.get(e.getKey()).path();
      if (entry.skipped() != null) {
        skipped.add(new Skipped(path, entry.skipped()));
      } else if (entry.plan() != null) {
        Plan previous = plans.putIfAbsent(entry.plan().id(), entry.plan());
        if (previous != null) {
          skipped.add(new Skipped(path, "duplicate plan id " + entry.plan().id() + " (another file has the same name)"));
          continue;
        }
        cited.put(entry.plan().id(), entry.citations());
      } else if (entry.directive() != null) {
        directives.add(entry.directive());
      }
    }
    Map<Plan, List<vn.cancu.cite.Citation>> mentions = new LinkedHashMap<>();
    for (Plan p : plans.values()) mentions.put(p, cited.get(p.id()));
    Catalog catalog = built.orElseGet(() -> Catalog.build(mentions, directives));
    return new Corpus(plans, cited, catalog, directives, skipped);
  }

  static String sha256(Path f) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
