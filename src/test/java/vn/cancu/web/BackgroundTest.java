package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundTest {
  @Test
  void readersThatCannotWaitSeeNothingUntilTheOneComputationEnds() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    Background<String> value = new Background<>("test-value", () -> {
      runs.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return "done";
    });
    assertEquals(Optional.empty(), value.ifReady());
    CompletableFuture<String> waiter = CompletableFuture.supplyAsync(value::get);
    assertEquals(Optional.empty(), value.ifReady());
    release.countDown();
    assertEquals("done", waiter.get());
    assertEquals(Optional.of("done"), value.ifReady());
    assertEquals("done", value.get());
    assertEquals(1, runs.get());
  }

  @Test
  void aFailedComputationIsRethrownToEveryReader() {
    Background<String> value = new Background<>("test-failure", () -> {
      throw new IllegalArgumentException("bad corpus");
    });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, value::get);
    assertEquals("bad corpus", e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, value::ifReady).getMessage().contains("bad corpus"));
  }
}
