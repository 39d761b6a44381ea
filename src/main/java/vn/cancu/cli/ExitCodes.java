package vn.cancu.cli;

import picocli.CommandLine;

/** Exit codes shared by all subcommands: 0 ok, 1 failed run or problems found, 2 usage. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private ExitCodes() {}

  /** Picocli hands parse errors to the mapper too, so they must map to USAGE here. */
  static int of(Throwable t) {
    return t instanceof CommandLine.ParameterException || t instanceof IllegalArgumentException
        ? USAGE
        : FAILED;
  }
}
