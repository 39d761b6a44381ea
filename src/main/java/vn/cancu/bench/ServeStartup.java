package vn.cancu.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the real server on an existing index: spawns {@code cancu serve} (same JVM binary and
 * jar as this run, with the launcher's class-data archive flags, loopback only, no corpus watcher) and
 * polls {@code /api/health} until it answers 200. The first start writes the archive, as the first
 * start after an install or upgrade does; the later starts are every other start, and their median is
 * reported: single starts on this 2-core machine move by a second with what else runs.
 */
final class ServeStartup {
  private static final Duration LIMIT = Duration.ofMinutes(5);
  private static final int LATER_STARTS = 3;

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

  /**
   * Start-up of the server.
   *
   * @param firstSeconds the first start (no class-data archive yet) until /api/health answered, or -1
   *     if the server exited or did not answer in time
   * @param seconds the median of later starts, with the archive the first one wrote; -1 as above
   * @param heapMb the server's heap in use after a full GC once ready and warmed by a few searches
   *     ({@code jcmd GC.heap_info}), or -1 when unknown
   */
  record Startup(double firstSeconds, double seconds, double heapMb) {}

  private static final Pattern USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

  /** @param archive where the class-data archive goes (deleted first, so the first start writes it) */
  static Startup measure(Path jar, Path corpus, Path index, Path archive) throws IOException, InterruptedException {
    Files.deleteIfExists(archive);
    Start first = start(jar, corpus, index, archive);
    List<Start> later = new ArrayList<>();
    for (int i = 0; i < LATER_STARTS; i++) later.add(start(jar, corpus, index, archive));
    double[] seconds = later.stream().mapToDouble(Start::seconds).sorted().toArray();
    double median = seconds[0] < 0 ? -1 : seconds[seconds.length / 2]; // a start that never answered fails the figure
    return new Startup(first.seconds(), median, later.getLast().heapMb());
  }

  /** One start: seconds until ready and heap after a full GC, -1 each if it never answered. */
  private record Start(double seconds, double heapMb) {}

  private static Start start(Path jar, Path corpus, Path index, Path archive)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
        "-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
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
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (int i = 0; i < 20; i++) {
              String q = URLEncoder.encode(QueryMix.request(QueryMix.KINDS.get(i % 4), i).query(), StandardCharsets.UTF_8);
              http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=" + q)).build(),
                  HttpResponse.BodyHandlers.discarding());
            }
            return new Start(seconds, heapAfterGc(server.pid()));
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      return new Start(-1, -1);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static double heapAfterGc(long pid) throws IOException, InterruptedException {
    Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    run(jcmd, pid, "GC.run");
    Matcher m = USED.matcher(run(jcmd, pid, "GC.heap_info"));
    return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
  }

  private static String run(Path jcmd, long pid, String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
