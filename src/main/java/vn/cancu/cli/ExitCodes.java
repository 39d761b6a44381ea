package vn.cancu.cli;

/** Exit codes shared by all subcommands: 0 ok, 1 failed run or problems found, 2 usage. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private ExitCodes() {}

  static int of(Throwable t) {
    // picocli hands its own ParameterException (missing FILE, unknown option) to this mapper too.
    return t instanceof IllegalArgumentException || t instanceof picocli.CommandLine.ParameterException ? USAGE : FAILED;
  }
}
