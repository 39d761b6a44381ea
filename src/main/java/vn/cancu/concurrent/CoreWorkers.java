package vn.cancu.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Runs CPU-bound work on a fixed number of threads (one per core by default), the rest waiting in
 * arrival order, as Elasticsearch's search thread pool does. With 16 searches in flight on 2 cores,
 * each shared the cores with the other 15: its latency grew with theirs, and switching between them
 * evicted each one's data from the caches (a third more CPU per search). Queued in order, a search
 * waits for those before it, then runs alone on its core.
 */
public final class CoreWorkers implements AutoCloseable {
  private final ExecutorService workers;
  private final ThreadLocal<Boolean> onWorker = ThreadLocal.withInitial(() -> false);

  /** @param name the threads' name prefix; @param count how many run at once */
  public CoreWorkers(String name, int count) {
    if (count < 1) throw new IllegalArgumentException("a pool needs at least one thread: " + count);
    ThreadFactory threads = Thread.ofPlatform().daemon().name(name + "-", 1).factory();
    this.workers = Executors.newFixedThreadPool(count, task -> threads.newThread(() -> {
      onWorker.set(true);
      task.run();
    }));
  }

  /** One thread per core the JVM may use. */
  public static CoreWorkers perCore(String name) {
    return new CoreWorkers(name, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The work's result, computed on a worker once those queued before it have started; its failure is
   * rethrown as it was ({@link Started#await}). Work that itself asks for work runs at once, on its
   * own worker: waiting for a queue it holds a place in could wait forever.
   */
  public <T> T run(Supplier<T> work) {
    if (onWorker.get()) return work.get();
    return Started.await(CompletableFuture.supplyAsync(work, workers));
  }

  /** Lets queued work finish; later {@link #run} calls are refused. */
  @Override
  public void close() {
    workers.shutdown();
  }
}
