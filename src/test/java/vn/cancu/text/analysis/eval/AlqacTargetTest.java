package vn.cancu.text.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis targets on the real ALQAC data (skipped without ../shared): ours beats StandardAnalyzer by at
 * least 5 MRR points and loses at most 3 when the statements are stripped of diacritics.
 */
class AlqacTargetTest {

  private static final Path DATA = Path.of("../shared/bench/alqac2023");

  @Test
  void oursBeatsStandardAndSurvivesStrippedDiacritics(@TempDir Path work) throws IOException {
    assumeTrue(Files.isRegularFile(DATA.resolve(AlqacData.PASSAGES)),
        "ALQAC data absent at " + DATA.toAbsolutePath() + ": target test skipped");
    AlqacData data = AlqacData.load(DATA);
    List<AlqacBenchmark.Result> results =
        new AlqacBenchmark(data).runAll(List.of(AlqacSystems.standard(), AlqacSystems.ours()), work);
    String table = AlqacBenchmark.markdown(results, data.questions().size(), data.articles().size());
    Metrics standard = results.get(0).asWritten();
    Metrics ours = results.get(1).asWritten();
    Metrics oursStripped = results.get(1).stripped();
    assertTrue(ours.mrr() - standard.mrr() >= 0.05, table);
    assertTrue(ours.mrr() - oursStripped.mrr() <= 0.03, table);
  }
}
