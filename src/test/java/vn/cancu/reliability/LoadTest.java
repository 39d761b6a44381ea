package vn.cancu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short bounded loopback load (16 virtual-thread clients for 5 s over pages and the API) against
 * the real server: zero non-2xx answers, and the heap after the run (after GC) within 64 MB of the
 * heap before it. The full 64 connections × 60 s run is {@code scripts/load.sh} (wrk), by hand.
 */
class LoadTest {
  static final int CLIENTS = 16;
  static final long SECONDS = 5;
  static final long MAX_HEAP_GROWTH = 64L << 20;
  static final List<String> PATHS = List.of(
      "/api/search?q=" + enc("dân vận khéo"), "/api/search?q=" + enc("33/CT-TTg"), "/search?q=" + enc("dan van kheo"),
      "/search?q=" + enc("cải cách hành chính"), "/plans", "/api/documents", "/api/health", "/directives");

  @TempDir Path tmp;

  @Test
  void boundedLoadGetsOnly2xxAndKeepsTheHeapStable() throws Exception {
    try (ServedCorpus served = new ServedCorpus(ServedCorpus.copySeeds(tmp.resolve("corpus")), tmp.resolve("index"), null)) {
      HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
      run(served, client, 1); // warm-up: JIT, caches, first snapshot
      long heapBefore = usedHeapAfterGc();
      AtomicLong[] counts = run(served, client, SECONDS);
      long heapAfter = usedHeapAfterGc();
      long ok = counts[0].get();
      long bad = counts[1].get();
      System.out.printf("load: %d clients × %d s, %d requests (%.0f/s), %d non-2xx, heap %d → %d MB%n",
          CLIENTS, SECONDS, ok + bad, (ok + bad) / (double) SECONDS, bad, heapBefore >> 20, heapAfter >> 20);
      assertEquals(0, bad, "non-2xx answers");
      assertTrue(ok > CLIENTS, "only " + ok + " requests served");
      assertTrue(heapAfter - heapBefore < MAX_HEAP_GROWTH, "heap grew from " + heapBefore + " to " + heapAfter);
    }
  }

  /** Each client loops over the paths until the time is up; returns {2xx, other} counts. */
  private static AtomicLong[] run(ServedCorpus served, HttpClient client, long seconds) throws Exception {
    AtomicLong ok = new AtomicLong();
    AtomicLong bad = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = c;
        futures.add(clients.submit(() -> {
          for (int i = offset; System.nanoTime() < end; i++) {
            URI uri = URI.create("http://127.0.0.1:" + served.port() + PATHS.get(i % PATHS.size()));
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
            (r.statusCode() / 100 == 2 ? ok : bad).incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) f.get();
    }
    return new AtomicLong[] {ok, bad};
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
