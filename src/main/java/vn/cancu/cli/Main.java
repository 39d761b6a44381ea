package vn.cancu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: one picocli subcommand per job; only this method exits the JVM. */
@Command(
    name = "cancu",
    mixinStandardHelpOptions = true,
    version = "cancu 0.1.0",
    description = "Căn Cứ: search and citation graph over Vietnamese government plans.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ParseCommand.class,
      CiteCommand.class,
      BenchCiteCommand.class,
      EvalAlqacCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      GraphCommand.class,
      LintCommand.class,
      BenchWordingCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setExitCodeExceptionMapper(ExitCodes::of);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
