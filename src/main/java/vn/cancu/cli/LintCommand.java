package vn.cancu.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cancu.cite.Catalog;
import vn.cancu.index.CorpusLoader;
import vn.cancu.ingest.IngestLimits;
import vn.cancu.ingest.IngestOutcome;
import vn.cancu.ingest.Ingested;
import vn.cancu.ingest.Ingestor;
import vn.cancu.ingest.Skipped;
import vn.cancu.wording.DraftChecker;
import vn.cancu.wording.Problem;

/**
 * {@code cancu lint [--corpus DIR] FILE}: checks the citations of a draft against the official
 * symbol forms and the corpus catalogue. Exit 0 when clean, 1 when problems are found, 2 when the
 * file cannot be read or the arguments are wrong.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Check the citations of a draft plan (any format the ingester reads).")
public final class LintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
      description = "Corpus directory whose plans/ and directives/ make the catalogue (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Parameters(paramLabel = "FILE", description = "The draft to check.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ingestor ingestor = new Ingestor(IngestLimits.defaults());
    IngestOutcome draft = ingestor.ingest(file);
    if (draft instanceof Skipped s) {
      err.println("cancu lint: " + file + ": " + s.reason());
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(corpus.resolve(CorpusLoader.PLANS))) {
      err.println("cancu lint: no corpus at " + corpus + " (expected " + corpus.resolve(CorpusLoader.PLANS) + ")");
      return ExitCodes.USAGE;
    }
    Catalog catalog = new CorpusLoader(ingestor).load(corpus).catalog();
    List<Problem> problems = new DraftChecker(catalog).checkDraft(((Ingested) draft).text().text());
    for (Problem p : problems) {
      out.printf("%s:%d:%d: [%s] %s%n", file, p.line(), p.column(), p.code(), oneLine(p.written()));
      if (p.suggestion() != null) out.printf("    sửa thành: %s%n", oneLine(p.suggestion()));
      out.printf("    lý do: %s%n", p.reason());
    }
    out.printf("%d vấn đề%n", problems.size());
    out.flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
