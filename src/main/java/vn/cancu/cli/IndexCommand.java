package vn.cancu.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cancu.index.IndexContent;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.IndexLockedException;
import vn.cancu.index.IndexablePlan;
import vn.cancu.index.Indexer;
import vn.cancu.index.JsonlCollection;

/** {@code cancu index}: builds and publishes a new index generation. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Build the search index.")
public final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", defaultValue = "index", description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--jsonl", required = true, description = "A JSON Lines collection: one {\"id\",\"title\",\"text\"} a line.")
  Path jsonl;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(jsonl)) {
      err.println("cancu index: no such file: " + jsonl);
      return ExitCodes.USAGE;
    }
    long t0 = System.nanoTime();
    List<IndexablePlan> plans = JsonlCollection.read(jsonl);
    try (ConsoleProgress progress = new ConsoleProgress()) {
      IndexContent content = new IndexContent(plans, List.of());
      IndexLayout.Generation generation = new Indexer(new IndexLayout(index), progress).publish(content);
      out.printf(
          "indexed %d documents from %s into %s in %d ms%n",
          plans.size(), jsonl, generation.dir(), (System.nanoTime() - t0) / 1_000_000);
      return ExitCodes.OK;
    } catch (IndexLockedException e) {
      err.println("cancu index: " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
