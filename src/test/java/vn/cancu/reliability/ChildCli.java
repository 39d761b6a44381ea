package vn.cancu.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code cancu} command line in a child JVM: same java binary and classpath as the test JVM,
 * the launcher's flags, a small heap. Output goes to files, so a killed child leaves what it wrote.
 */
final class ChildCli {
  static final String HEAP = "-Xmx256m";

  private final Path work;
  private int runs;

  ChildCli(Path work) {
    this.work = work;
  }

  /** A started child; {@link #finish} waits for it. */
  record Run(Process process, Path out, Path err) {
    String stdout() throws IOException {
      return Files.readString(out, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
      return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Waits for the child; a child still running after the timeout is killed and the test fails. */
    Result finish(long timeoutSeconds) throws IOException, InterruptedException {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("child still running after " + timeoutSeconds + " s; stderr:\n" + stderr());
      }
      return new Result(process.exitValue(), stdout(), stderr());
    }

    /** SIGKILL, as the OOM killer or a power cut would: no shutdown hooks, no finally blocks. */
    void kill() throws InterruptedException {
      process.destroyForcibly().waitFor();
    }
  }

  record Result(int exitCode, String stdout, String stderr) {}

  Run start(String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(
        java, HEAP, "-XX:+UseSerialGC", "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), "vn.cancu.cli.Main"));
    command.addAll(List.of(args));
    int n = ++runs;
    Path out = work.resolve("run-" + n + ".out");
    Path err = work.resolve("run-" + n + ".err");
    Process p = new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    return new Run(p, out, err);
  }

  Result run(long timeoutSeconds, String... args) throws IOException, InterruptedException {
    return start(args).finish(timeoutSeconds);
  }
}
