package vn.cancu.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cancu.gen.CorpusGenerator;
import vn.cancu.gen.SeedMaterial;

/** {@code cancu gen-corpus}: a scaled corpus of realistic plans recombined from the seed plans. */
@Command(
    name = "gen-corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Generate N realistic plans (province plans and the commune plans implementing them) by recombining",
      "the sections, clauses, basis citations and footnotes of the seed plans. Same seed, same bytes."
    })
public final class GenCorpusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--plans", required = true, description = "How many plans to generate.")
  int plans;

  @Option(names = "--out", required = true, description = "Output corpus directory (plans are written to OUT/plans).")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--from", defaultValue = "corpus/plans", description = "Seed plans directory (default: ${DEFAULT-VALUE}).")
  Path from;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (plans < 0) {
      err.println("cancu gen-corpus: --plans must be >= 0: " + plans);
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(from)) {
      err.println("cancu gen-corpus: no such directory: " + from);
      return ExitCodes.USAGE;
    }
    long t0 = System.nanoTime();
    try {
      long bytes = new CorpusGenerator(SeedMaterial.from(from)).write(plans, seed, out);
      spec.commandLine().getOut().printf("generated %d plans (%.1f MB) into %s in %d ms (seed %d)%n",
          plans, bytes / 1e6, out.resolve("plans"), (System.nanoTime() - t0) / 1_000_000, seed);
      return ExitCodes.OK;
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      err.println("cancu gen-corpus: " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
