package vn.cancu.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed on demand, at most once per key at a time, the {@code capacity} most recently
 * used kept. A caller asking for a key being computed waits for that computation; callers for other
 * keys never wait for it (unlike {@code ConcurrentHashMap.computeIfAbsent}, which may hold a bin lock
 * shared with other keys while it computes). Thread-safe.
 */
final class BoundedMemo<K, V> {
  private final Map<K, V> kept; // guarded by itself
  private final ConcurrentHashMap<K, CompletableFuture<Optional<V>>> running = new ConcurrentHashMap<>();

  BoundedMemo(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity " + capacity);
    this.kept = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The value for the key, computing it if it is not kept. An empty result is handed to the callers
   * waiting for it but not kept; an exception reaches them all and is not kept either.
   */
  Optional<V> get(K key, Function<K, Optional<V>> compute) {
    V known = kept(key);
    if (known != null) return Optional.of(known);
    CompletableFuture<Optional<V>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<V>> other = running.putIfAbsent(key, mine);
    if (other != null) return await(other);
    try {
      // Kept before it left `running`: a computation that finished since our first look is found here.
      known = kept(key);
      Optional<V> value = known != null ? Optional.of(known) : compute.apply(key);
      value.ifPresent(v -> {
        synchronized (kept) {
          kept.put(key, v);
        }
      });
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(key, mine);
    }
  }

  /** The value kept for the key, without computing it. */
  Optional<V> peek(K key) {
    return Optional.ofNullable(kept(key));
  }

  /** How many values are kept. */
  int size() {
    synchronized (kept) {
      return kept.size();
    }
  }

  private V kept(K key) {
    synchronized (kept) {
      return kept.get(key);
    }
  }

  private static <V> Optional<V> await(CompletableFuture<Optional<V>> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw e;
    }
  }
}
