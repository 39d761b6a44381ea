package vn.cancu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cancu.bench.BenchReport;
import vn.cancu.bench.ScaleBench;
import vn.cancu.bench.SizeResult;
import vn.cancu.cite.bench.ExtractionBenchmark;
import vn.cancu.gen.SeedMaterial;

/** {@code cancu bench}: indexing throughput and search latency on generated corpora, with their floors. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark on generated corpora: ingest + index throughput, index size, latency (single and 16 "
          + "concurrent clients, after a warm-up until the JIT settles) of words, phrase, number, faceted and "
          + "task -> basis queries next to a linear scan of the text, heap, and `serve` start-up (first start, "
          + "median of three later ones) and heap.",
      "Prints Markdown, writes JSON."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "Small sizes and few queries: under 2 minutes.")
  boolean quick;

  @Option(names = "--full", description = "Also 100k plans (about 45 min on 2 cores; needs CANCU_JAVA_OPTS=-Xmx16g).")
  boolean full;

  @Option(names = "--sizes", split = ",", description = "Corpus sizes in plans, overriding the defaults (1000,10000).")
  List<Integer> sizes;

  @Option(names = "--out", defaultValue = "bench-out/bench.json", description = "JSON report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--work", defaultValue = "bench-out/work", description = "Generated corpora and indexes (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--seeds", defaultValue = "corpus/plans", description = "Seed plans (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--phapdien", defaultValue = "../shared/bench/phapdien",
      description = "Legal text for the citation-extraction figures, skipped by --quick or when absent (default: ${DEFAULT-VALUE}).")
  Path phapdien;

  @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(seeds)) {
      err.println("cancu bench: no such directory: " + seeds);
      return ExitCodes.USAGE;
    }
    List<Integer> plans = sizes != null ? sizes : quick ? List.of(300) : full ? List.of(1000, 10_000, 100_000)
        : List.of(1000, 10_000);
    if (plans.stream().anyMatch(n -> n < 1)) {
      err.println("cancu bench: sizes must be >= 1: " + plans);
      return ExitCodes.USAGE;
    }
    ScaleBench.Settings settings = quick ? new ScaleBench.Settings(seed, 10, 40, 16, 10, 3)
        : new ScaleBench.Settings(seed, 60, 200, 16, 150, 10);
    String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    double loadBefore = BenchReport.Machine.now(started, 0).loadAfter();
    long t0 = System.nanoTime();
    ScaleBench bench = new ScaleBench(SeedMaterial.from(seeds), work, settings, msg -> err.println("bench: " + msg));
    List<SizeResult> results = new ArrayList<>();
    for (int n : plans) results.add(bench.run(n));
    List<String> citation = List.of();
    if (!quick && Files.isDirectory(phapdien)) {
      err.println("bench: citation extraction on " + phapdien);
      StringWriter lines = new StringWriter();
      ExtractionBenchmark.run(phapdien, new PrintWriter(lines, true));
      citation = lines.toString().lines().toList();
    }
    BenchReport report =
        new BenchReport(BenchReport.Machine.now(started, loadBefore), results, citation, (System.nanoTime() - t0) / 1e9);
    report.printMarkdown(stdout);
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
    stdout.println();
    stdout.println("JSON: " + out);
    return ExitCodes.OK;
  }
}
