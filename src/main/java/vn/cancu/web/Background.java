package vn.cancu.web;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A derived view computed once, on first demand, on its own daemon thread. Readers that cannot
 * wait (a page showing it as a side box) ask {@link #ifReady()}; readers that need it ({@link
 * #get()}) wait for the one computation, never start a second.
 */
final class Background<T> {
  private final String name;
  private final Supplier<T> compute;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CompletableFuture<T> result = new CompletableFuture<>();

  Background(String name, Supplier<T> compute) {
    this.name = Objects.requireNonNull(name, "name");
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  /** The value if computed, else empty (and the computation started); rethrows its failure. */
  Optional<T> ifReady() {
    start();
    return result.isDone() ? Optional.of(get()) : Optional.empty();
  }

  /** The value, waiting for it to be computed. */
  T get() {
    start();
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  private void start() {
    if (!started.compareAndSet(false, true)) return;
    Thread.ofPlatform().daemon().name(name).start(() -> {
      try {
        result.complete(compute.get());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
  }
}
