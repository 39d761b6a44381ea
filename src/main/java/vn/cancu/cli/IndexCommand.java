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
import vn.cancu.index.IndexSummary;
import vn.cancu.index.Indexer;
import vn.cancu.index.JsonlCollection;
import vn.cancu.ingest.Skipped;

/** {@code cancu index}: builds a new index generation from the corpus (or a JSONL collection) and publishes it. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Build the search index from a corpus directory (plans/, directives/) or a JSON Lines collection.",
      "Only new or changed files are ingested and parsed again; the new index replaces the old one atomically."
    })
public final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--index", defaultValue = "index", description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--jsonl", description = "Index this JSON Lines collection ({\"id\",\"title\",\"text\"} a line) instead of the corpus.")
  Path jsonl;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path source = jsonl != null ? jsonl : corpus;
    if (jsonl != null ? !Files.isRegularFile(jsonl) : !Files.isDirectory(corpus)) {
      err.println("cancu index: no such " + (jsonl != null ? "file" : "directory") + ": " + source);
      return ExitCodes.USAGE;
    }
    try (ConsoleProgress progress = new ConsoleProgress()) {
      Indexer indexer = new Indexer(new IndexLayout(index), progress);
      IndexSummary summary =
          jsonl != null
              ? indexer.publish(new IndexContent(JsonlCollection.read(jsonl), List.of()))
              : indexer.index(corpus).summary();
      print(summary, source, out);
      return ExitCodes.OK;
    } catch (IndexLockedException e) {
      err.println("cancu index: " + e.getMessage());
      return ExitCodes.FAILED;
    } catch (IllegalArgumentException e) {
      err.println("cancu index: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private void print(IndexSummary s, Path source, PrintWriter out) {
    var load = s.load();
    out.printf(
        "files: %d (%d ok, %d skipped); reprocessed %d, rehashed %d, reused %d, removed %d%n",
        load.files(), load.files() - s.skipped().size(), s.skipped().size(),
        load.processed(), load.rehashed(), load.reused(), load.removed());
    for (Skipped k : s.skipped()) out.printf("  skipped %s: %s%n", k.file(), k.reason());
    out.printf(
        "plans: %d, clauses: %d, citations: %d, directives: %d, articles: %d%n",
        s.plans(), s.clauses(), s.citations(), s.directives(), s.articles());
    out.printf("indexed %s into %s/%s in %d ms%n", source, index, s.generation(), s.tookMs());
  }
}
