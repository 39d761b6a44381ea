package vn.cancu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve command's usage errors: one line, exit code 2, before anything is indexed. */
class ServeCommandTest {

  private static Object[] run(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));
    cmd.setOut(new PrintWriter(new StringWriter()));
    int code = cmd.execute(args);
    return new Object[] {code, err.toString()};
  }

  @Test
  void missingCorpusIsAUsageError(@TempDir Path dir) {
    Object[] r = run("serve", "--corpus", dir.resolve("none").toString(), "--index", dir.resolve("index").toString());
    assertEquals(ExitCodes.USAGE, r[0]);
    assertTrue(((String) r[1]).startsWith("cancu serve: no corpus directory"), (String) r[1]);
    assertEquals(1, ((String) r[1]).strip().lines().count(), (String) r[1]);
  }

  @Test
  void missingWebDirectoryIsAUsageError(@TempDir Path dir) {
    Object[] r = run("serve", "--web", dir.toString(), "--index", dir.resolve("index").toString());
    assertEquals(ExitCodes.USAGE, r[0]);
    assertTrue(((String) r[1]).contains("templates/ and static/"), (String) r[1]);
  }
}
