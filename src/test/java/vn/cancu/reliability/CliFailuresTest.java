package vn.cancu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.cancu.cli.Main;

/** A failure no command expected (here an index path that is a file) is one line on stderr and exit 1. */
class CliFailuresTest {
  @TempDir Path tmp;

  @Test
  void unexpectedFailuresAreOneLineWithoutAStackTrace() throws Exception {
    Path corpus = ServedCorpus.copySeeds(tmp.resolve("corpus"));
    Path notADirectory = Files.writeString(tmp.resolve("index"), "not an index");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));

    int code = cli.execute("index", "--corpus", corpus.toString(), "--index", notADirectory.toString());

    assertEquals(1, code);
    String lines = err.toString().strip();
    assertTrue(lines.startsWith("cancu index: ") && lines.contains(notADirectory.toString()), lines);
    assertFalse(lines.contains("\n") || lines.contains("\tat "), lines);
  }
}
