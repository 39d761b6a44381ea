package vn.cancu.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.cancu.graph.BasisFinder;
import vn.cancu.search.SearchService;

/**
 * Latency through {@link SearchService} and, for tasks, {@link BasisFinder} (in process, no HTTP):
 * one client, then N concurrent clients each sending its share of the same rotation.
 */
final class SearchBench {
  /** Documents a task → basis answer lists, as the web page does. */
  private static final int TASK_DOCUMENTS = 10;
  private static final double SETTLE_SECONDS = 2;
  private static final double SETTLED_SHARE = 0.05;
  /** One quiet stretch is not enough: after the 1k run, 10k's own recompiles came in bursts. */
  private static final int SETTLED_STRETCHES = 2;
  private static final int WARM_UP_PER_CLIENT = 5;

  private final SearchService service;
  private final BasisFinder basis;

  SearchBench(SearchService service, BasisFinder basis) {
    this.service = service;
    this.basis = basis;
  }

  /**
   * Runs the concurrent mix until the JIT compilers settle (two stretches of {@link #SETTLE_SECONDS} in
   * a row in which they worked less than {@link #SETTLED_SHARE} of it) or {@code maxSeconds} pass: at 10k plans
   * C2 kept a core 60% busy for the first 15 s of searching, which a few rounds of warm-up left inside
   * the measured runs.
   *
   * @return the seconds it took
   */
  double warmUp(int clients, double maxSeconds) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean observable = jit != null && jit.isCompilationTimeMonitoringSupported();
    long start = System.nanoTime();
    int settled = 0;
    while (settled < SETTLED_STRETCHES && seconds(start) < maxSeconds) {
      long stretch = System.nanoTime();
      long compiling = observable ? jit.getTotalCompilationTime() : 0;
      while (seconds(stretch) < SETTLE_SECONDS) concurrent(clients, WARM_UP_PER_CLIENT);
      long compiled = observable ? jit.getTotalCompilationTime() - compiling : Long.MAX_VALUE;
      settled = compiled < SETTLED_SHARE * seconds(stretch) * 1000 ? settled + 1 : 0;
    }
    return seconds(start);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** {@code count} requests of one kind from one thread. */
  Latencies single(String kind, int count) {
    long[] nanos = new long[count];
    int errors = 0;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      errors += ask(kind, i);
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
            String kind = QueryMix.ALL_KINDS.get((client + i) % QueryMix.ALL_KINDS.size());
            long t0 = System.nanoTime();
            out[perClient] += ask(kind, client * perClient + i);
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

  /** Answers the i-th request of a kind; 1 if it failed. */
  private int ask(String kind, int i) {
    try {
      if (kind.equals("task")) basis.find(QueryMix.task(i), TASK_DOCUMENTS);
      else service.search(QueryMix.request(kind, i));
      return 0;
    } catch (RuntimeException e) {
      return 1;
    }
  }
}
