package vn.cancu.concurrent;

import java.util.concurrent.CountDownLatch;

/** Waiting on a latch from work that cannot throw checked exceptions (a supplier, a computation). */
public final class Latches {
  private Latches() {}

  /** Waits for the latch; an interrupt is kept on the thread and fails the work. */
  public static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
