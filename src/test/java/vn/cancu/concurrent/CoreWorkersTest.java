package vn.cancu.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlocked pool fails instead of hanging the build
class CoreWorkersTest {

  /** Callers that each queue their work before the next one arrives; the work waits for {@code release}. */
  private static final class Callers {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final List<Integer> started = Collections.synchronizedList(new ArrayList<>());
    final List<Thread> threads = new ArrayList<>();

    Callers(CoreWorkers workers, int count, int workerCount) {
      for (int i = 0; i < count; i++) {
        int id = i;
        Thread caller = Thread.ofPlatform().start(() -> workers.run(() -> {
          started.add(id);
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          Latches.await(release);
          running.decrementAndGet();
          return id;
        }));
        threads.add(caller);
        // Queued: it is waiting for its result, and the workers have started what they can take.
        while (caller.getState() == Thread.State.RUNNABLE || started.size() < Math.min(i + 1, workerCount)) {
          Thread.onSpinWait();
        }
      }
    }

    void finish() throws InterruptedException {
      release.countDown();
      for (Thread t : threads) t.join();
    }
  }

  @Test
  void runsAtMostItsThreadsAtOnce() throws Exception {
    try (CoreWorkers workers = new CoreWorkers("test", 2)) {
      Callers callers = new Callers(workers, 8, 2);
      assertEquals(Set.of(0, 1), Set.copyOf(callers.started), "only the first two start while they hold the workers");
      callers.finish();
      assertEquals(2, callers.most.get());
      assertEquals(8, callers.started.size());
    }
  }

  @Test
  void startsQueuedWorkInArrivalOrder() throws Exception {
    try (CoreWorkers workers = new CoreWorkers("test", 1)) {
      Callers callers = new Callers(workers, 6, 1);
      callers.finish();
      assertEquals(List.of(0, 1, 2, 3, 4, 5), List.copyOf(callers.started));
    }
  }

  @Test
  void failuresReachTheCallerAsThrown() {
    try (CoreWorkers workers = new CoreWorkers("test", 1)) {
      IllegalArgumentException bad = new IllegalArgumentException("bad query");
      assertSame(bad, assertThrows(IllegalArgumentException.class, () -> workers.run(() -> {
        throw bad;
      })));
      UncheckedIOException io = new UncheckedIOException(new IOException("disk"));
      assertSame(io, assertThrows(UncheckedIOException.class, () -> workers.run(() -> {
        throw io;
      })));
    }
  }

  @Test
  void workAskingForWorkRunsOnItsOwnWorkerInsteadOfWaitingForever() {
    try (CoreWorkers workers = new CoreWorkers("test", 1)) {
      String names = workers.run(() -> Thread.currentThread().getName() + " " + workers.run(() -> Thread.currentThread().getName()));
      String[] both = names.split(" ");
      assertEquals(both[0], both[1]);
      assertTrue(both[0].startsWith("test-"), both[0]);
    }
  }

  @Test
  void refusesWorkOnceClosed() {
    CoreWorkers workers = new CoreWorkers("test", 1);
    workers.close();
    assertThrows(RejectedExecutionException.class, () -> workers.run(() -> 1));
  }
}
