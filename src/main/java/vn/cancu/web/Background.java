package vn.cancu.web;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import vn.cancu.concurrent.Started;

/**
 * A derived view computed once, on first demand, on its own daemon thread. Readers that cannot
 * wait (a page showing it as a side box) ask {@link #ifReady()}; readers that need it ({@link
 * #get()}) wait for the one computation, never start a second.
 */
final class Background<T> {
  private final String name;
  private final Supplier<T> compute;
  private CompletableFuture<T> result; // under this; null until first asked for

  Background(String name, Supplier<T> compute) {
    this.name = Objects.requireNonNull(name, "name");
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  /** The value if computed, else empty (and the computation started); rethrows its failure. */
  Optional<T> ifReady() {
    CompletableFuture<T> started = start();
    return started.isDone() ? Optional.of(Started.await(started)) : Optional.empty();
  }

  /** The value, waiting for it to be computed. */
  T get() {
    return Started.await(start());
  }

  private synchronized CompletableFuture<T> start() {
    if (result == null) result = Started.onOwnThread(name, compute::get);
    return result;
  }
}
