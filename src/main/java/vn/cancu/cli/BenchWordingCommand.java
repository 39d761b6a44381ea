package vn.cancu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cancu.wording.bench.FamilyBenchmark;

/** {@code cancu bench-wording [--data DIR] [--limit N] [--sample N]}: passage grouping against the exhaustive baseline. */
@Command(name = "bench-wording", mixinStandardHelpOptions = true,
    description = "Benchmark recurring-passage grouping (MinHash LSH) against exhaustive pairwise Jaccard.")
public final class BenchWordingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Directory of *.md legal text (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/bench/phapdien");

  @Option(names = "--sample", paramLabel = "N", description = "Sentences compared exhaustively (default: ${DEFAULT-VALUE}).")
  int sample = 4000;

  @Option(names = "--limit", paramLabel = "N", description = "Sentences read at most (default: ${DEFAULT-VALUE}).")
  int limit = 300_000;

  @Override
  public Integer call() {
    if (sample < 2 || limit < 2) throw new IllegalArgumentException("--sample and --limit must be at least 2");
    return FamilyBenchmark.run(data, limit, sample, spec.commandLine().getOut());
  }
}
