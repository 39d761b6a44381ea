package vn.cancu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs the command on a four-article fixture written for this test (not ALQAC text). */
class EvalAlqacCommandTest {

  private static final String MINI = "src/test/resources/alqac-mini";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void printsOneRowPerSystemWithExactFigures() {
    int code = run("eval-alqac", "--data", MINI, "--lexicon", Path.of(MINI, "words.txt").toString());
    assertEquals(ExitCodes.OK, code, err.toString());
    String table = out.toString();
    assertTrue(table.startsWith("ALQAC 2023: 4 articles, 3 statements"), table);
    // With diacritics every system ranks each statement's article first. Stripped, StandardAnalyzer keeps
    // only q2 (through the ASCII syllable "gia"); the exact field alone finds q1 and q2 through the
    // query-side expansions of "UBND" and "BHYT"; the folded field finds all three.
    assertTrue(table.contains("| StandardAnalyzer (baseline) | 100.0 | 100.0 | 100.0 | 33.3 | 33.3 | 33.3 |"), table);
    assertTrue(table.contains("| ours, exact field only | 100.0 | 100.0 | 100.0 | 66.7 | 66.7 | 66.7 |"), table);
    assertTrue(table.contains(
        "| ours: exact×2 + folded, syllables + bigrams, abbreviations | 100.0 | 100.0 | 100.0 | 100.0 | 100.0 | 100.0 |"),
        table);
    assertTrue(table.contains("| ours, dictionary words (VnVocab longest match) instead of bigrams |"), table);
    assertEquals(2 + 7, table.lines().filter(l -> l.startsWith("|")).count(), table);
  }

  @Test
  void missingDataIsAOneLineError() {
    int code = run("eval-alqac", "--data", "no/such/dir");
    assertEquals(ExitCodes.FAILED, code);
    assertEquals("eval-alqac: no ALQAC data at " + Path.of("no/such/dir", "legal_passages.json") + " (use --data)",
        err.toString().strip());
  }

  @Test
  void missingWordListSkipsOnlyTheSegmentationRow() {
    int code = run("eval-alqac", "--data", MINI, "--lexicon", "no/such/words.txt");
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(err.toString().contains("segmentation row skipped"), err.toString());
    assertEquals(2 + 6, out.toString().lines().filter(l -> l.startsWith("|")).count(), out.toString());
  }
}
