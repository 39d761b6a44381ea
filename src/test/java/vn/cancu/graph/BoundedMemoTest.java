package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.cancu.concurrent.Latches;

class BoundedMemoTest {
  final BoundedMemo<String, String> memo = new BoundedMemo<>(2);
  final AtomicInteger computed = new AtomicInteger();

  private Optional<String> count(String key) {
    computed.incrementAndGet();
    return Optional.of(key.toUpperCase());
  }

  @Test
  void aSecondCallerForTheSameKeyWaitsForTheFirstComputationInsteadOfRepeatingIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> memo.get("a", k -> {
      computed.incrementAndGet();
      Latches.await(release);
      return Optional.of("A");
    }));
    while (computed.get() == 0) Thread.onSpinWait();
    Thread[] second = new Thread[1];
    CompletableFuture<Optional<String>> again = new CompletableFuture<>();
    second[0] = Thread.ofPlatform().start(() -> again.complete(memo.get("a", this::count)));
    parked(second[0]); // on the first computation
    release.countDown();
    assertEquals(Optional.of("A"), first.get(10, TimeUnit.SECONDS));
    assertEquals(Optional.of("A"), again.get(10, TimeUnit.SECONDS));
    assertEquals(1, computed.get());
  }

  @Test
  void anotherKeyIsComputedWhileOneIsStillRunning() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Optional<String>> slow = CompletableFuture.supplyAsync(() -> memo.get("slow", k -> {
      started.countDown();
      Latches.await(release);
      return Optional.of("S");
    }));
    started.await();
    assertEquals(Optional.of("B"), memo.get("b", this::count)); // would hang if it waited for "slow"
    release.countDown();
    assertEquals(Optional.of("S"), slow.get(10, TimeUnit.SECONDS));
  }

  @Test
  void keepsTheMostRecentlyUsedValuesUpToItsCapacity() {
    String a = memo.get("a", this::count).orElseThrow();
    memo.get("b", this::count);
    assertSame(a, memo.get("a", this::count).orElseThrow()); // a is now the most recent
    memo.get("c", this::count); // evicts b
    assertEquals(3, computed.get());
    assertEquals(2, memo.size());
    memo.get("a", this::count);
    memo.get("b", this::count);
    assertEquals(4, computed.get());
  }

  @Test
  void anEmptyResultOrAFailureIsNotKept() {
    assertEquals(Optional.empty(), memo.get("a", k -> Optional.empty()));
    assertThrows(IllegalStateException.class, () -> memo.get("a", k -> {
      throw new IllegalStateException("index closed");
    }));
    assertEquals(Optional.of("A"), memo.get("a", this::count));
    assertEquals(1, computed.get());
  }

  @Test
  void aFailureReachesTheCallersWaitingForIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> memo.get("a", k -> {
      computed.incrementAndGet();
      Latches.await(release);
      throw new IllegalStateException("More-Like-This failed");
    }));
    while (computed.get() == 0) Thread.onSpinWait();
    CompletableFuture<Throwable> waiter = new CompletableFuture<>();
    Thread t = Thread.ofPlatform().start(() -> {
      try {
        memo.get("a", this::count);
        waiter.complete(null);
      } catch (RuntimeException e) {
        waiter.complete(e);
      }
    });
    parked(t);
    release.countDown();
    assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
    assertEquals("More-Like-This failed", waiter.get(10, TimeUnit.SECONDS).getMessage());
    assertEquals(1, computed.get());
  }

  /** Until the thread parks or ends (it ends at once if it computes instead of waiting). */
  private static void parked(Thread t) {
    while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TERMINATED) Thread.onSpinWait();
  }
}
