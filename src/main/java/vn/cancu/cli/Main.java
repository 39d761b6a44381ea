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
      GenCorpusCommand.class,
      BenchCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExitCodeExceptionMapper(ExitCodes::of)
        .setExecutionExceptionHandler(Main::oneLine);
  }

  /** A failure no command handled (I/O, memory, a bug) is one line on stderr, not a stack trace. */
  private static int oneLine(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (cause != e) what += " (" + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
    command.getErr().println("cancu " + command.getCommandName() + ": " + what.replaceAll("\\s+", " ").strip());
    return ExitCodes.of(e);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
