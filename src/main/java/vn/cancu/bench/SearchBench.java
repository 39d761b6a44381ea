package vn.cancu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.cancu.search.SearchRequest;
import vn.cancu.search.SearchService;

/**
 * Search latency through {@link SearchService} (in process, no HTTP): one client, then N
 * concurrent clients each sending its share of the same rotation.
 */
final class SearchBench {
  private final SearchService service;

  SearchBench(SearchService service) {
    this.service = service;
  }

  /** Runs every kind {@code rounds} times to let the JIT and the page cache settle. */
  void warmUp(int rounds) {
    for (int i = 0; i < rounds; i++) for (String kind : QueryMix.KINDS) service.search(QueryMix.request(kind, i));
  }

  /** {@code count} requests of one kind from one thread. */
  Latencies single(String kind, int count) {
    long[] nanos = new long[count];
    int errors = 0;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      errors += ask(QueryMix.request(kind, i));
      nanos[i] = System.nanoTime() - t0;
    }
    return Latencies.of(nanos, errors, System.nanoTime() - start);
  }

  /** {@code perClient} requests of every kind (interleaved) from each of {@code clients} threads. */
  Latencies concurrent(int clients, int perClient) throws InterruptedException {
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<long[]>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> {
          long[] out = new long[perClient + 1]; // last slot: errors
          for (int i = 0; i < perClient; i++) {
            String kind = QueryMix.KINDS.get((client + i) % QueryMix.KINDS.size());
            long t0 = System.nanoTime();
            out[perClient] += ask(QueryMix.request(kind, client * perClient + i));
            out[i] = System.nanoTime() - t0;
          }
          return out;
        }));
      }
      long[] all = new long[clients * perClient];
      int errors = 0;
      for (int c = 0; c < clients; c++) {
        long[] out = futures.get(c).get();
        System.arraycopy(out, 0, all, c * perClient, perClient);
        errors += (int) out[perClient];
      }
      return Latencies.of(all, errors, System.nanoTime() - start);
    } catch (ExecutionException e) {
      throw new IllegalStateException("search client failed", e.getCause());
    }
  }

  private int ask(SearchRequest r) {
    try {
      service.search(r);
      return 0;
    } catch (RuntimeException e) {
      return 1;
    }
  }
}
