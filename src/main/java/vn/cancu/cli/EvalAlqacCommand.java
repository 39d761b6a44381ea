package vn.cancu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cancu.text.analysis.eval.AlqacBenchmark;
import vn.cancu.text.analysis.eval.AlqacData;
import vn.cancu.text.analysis.eval.AlqacSystems;
import vn.cancu.text.analysis.eval.Lexicon;

/** Measures the Vietnamese analysis against StandardAnalyzer on ALQAC 2023 and prints a Markdown table. */
@Command(name = "eval-alqac", mixinStandardHelpOptions = true,
    description = "BM25 retrieval of ALQAC 2023 articles: StandardAnalyzer vs the Vietnamese analyzers.")
public final class EvalAlqacCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", description = "ALQAC 2023 folder (legal_passages.json, train.json); default: ${DEFAULT-VALUE}",
      defaultValue = "../shared/bench/alqac2023")
  Path data;

  @Option(names = "--lexicon", description = "word list for the segmentation row, skipped when absent; default: ${DEFAULT-VALUE}",
      defaultValue = "../shared/lexicon/VnVocab.words.txt")
  Path lexicon;

  @Override
  public Integer call() throws IOException {
    AlqacData alqac;
    try {
      alqac = AlqacData.load(data);
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("eval-alqac: no ALQAC data at " + e.getFile() + " (use --data)");
      return ExitCodes.FAILED;
    } catch (IOException e) {
      spec.commandLine().getErr().println("eval-alqac: cannot read ALQAC data in " + data + ": "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      return ExitCodes.FAILED;
    }
    boolean withLexicon = Files.isRegularFile(lexicon);
    if (!withLexicon) {
      spec.commandLine().getErr().println("eval-alqac: no word list at " + lexicon + ": segmentation row skipped");
    }
    Path work = Files.createTempDirectory("cancu-alqac");
    try {
      List<AlqacBenchmark.Result> results = new AlqacBenchmark(alqac).runAll(AlqacSystems.all(
          withLexicon ? Lexicon.load(lexicon, false) : null, withLexicon ? Lexicon.load(lexicon, true) : null), work);
      spec.commandLine().getOut().print(
          AlqacBenchmark.markdown(results, alqac.questions().size(), alqac.articles().size()));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
