package vn.cancu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cancu.cite.bench.ExtractionBenchmark;

/** {@code cancu bench-cite [--data DIR]}: citation finder throughput next to a plain-regex baseline. */
@Command(name = "bench-cite", mixinStandardHelpOptions = true,
    description = "Benchmark the citation finder (MB/s per core) against a plain regex.")
public final class BenchCiteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Directory of *.md legal text (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/bench/phapdien");

  @Override
  public Integer call() {
    return ExtractionBenchmark.run(data, spec.commandLine().getOut());
  }
}
