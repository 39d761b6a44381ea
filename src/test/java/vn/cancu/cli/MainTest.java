package vn.cancu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  @Test
  void helpListsEverySubcommandWithADescription() {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    assertEquals(ExitCodes.OK, cmd.execute("--help"));
    for (var sub : cmd.getSubcommands().entrySet()) {
      String[] description = sub.getValue().getCommandSpec().usageMessage().description();
      assertTrue(description.length > 0 && !description[0].isBlank(), sub.getKey() + " has no description");
      assertTrue(out.toString().contains(sub.getKey()), sub.getKey() + " missing from --help");
    }
  }

  @Test
  void aMissingParameterIsAUsageError() {
    CommandLine cmd = Main.commandLine();
    cmd.setErr(new PrintWriter(new StringWriter()));
    assertEquals(ExitCodes.USAGE, cmd.execute("parse"));
    assertEquals(ExitCodes.USAGE, cmd.execute("no-such-command"));
  }
}
