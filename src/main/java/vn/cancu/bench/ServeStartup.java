package vn.cancu.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Start-up of the real server on an existing index: spawns {@code cancu serve} (same JVM binary and
 * jar as this run, loopback only, no corpus watcher) and polls {@code /api/health} until it answers 200.
 */
final class ServeStartup {
  private static final Duration LIMIT = Duration.ofMinutes(5);

  private ServeStartup() {}

  /** The jar this code runs from, if it runs from one (not in tests or an IDE). */
  static Optional<Path> runningJar() {
    try {
      Path p = Path.of(ServeStartup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /** Seconds until /api/health answered, or -1 if the server exited or did not answer within the limit. */
  static double measure(Path jar, Path corpus, Path index) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
        "-jar", jar.toString(), "serve", "--host", "127.0.0.1", "--port", String.valueOf(port),
        "--corpus", corpus.toString(), "--index", index.toString(), "--no-watch"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
        .timeout(Duration.ofSeconds(2)).build();
    long t0 = System.nanoTime();
    Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      while (System.nanoTime() - t0 < LIMIT.toNanos() && server.isAlive()) {
        try {
          if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return (System.nanoTime() - t0) / 1e9;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      return -1;
    } finally {
      server.destroy();
      server.waitFor();
    }
  }
}
