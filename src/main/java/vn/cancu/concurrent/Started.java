package vn.cancu.concurrent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work a start-up begins now, on a daemon thread of its own, and waits for only where it needs the
 * result: on 2 cores, a server start is shorter when what does not depend on the corpus (facet
 * values, catalogue keys, the previous manifest) runs beside what does.
 */
public final class Started {
  private Started() {}

  /** Starts {@code work} on a new daemon thread named {@code name}. */
  public static <T> CompletableFuture<T> onOwnThread(String name, Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name(name).start(() -> {
      try {
        result.complete(work.call());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    return result;
  }

  /** The result, waiting for it; the work's failure is rethrown as it was, an I/O failure unchecked. */
  public static <T> T await(CompletableFuture<T> started) {
    try {
      return started.join();
    } catch (CompletionException e) {
      switch (e.getCause()) {
        case RuntimeException r -> throw r;
        case Error err -> throw err;
        case IOException io -> throw new UncheckedIOException(io);
        default -> throw e;
      }
    }
  }
}
