package vn.cancu.web;

import java.util.Objects;

/**
 * The site currently served, and the way to rebuild it: re-read the corpus, publish a new index
 * generation, swap. Requests read {@link #current()} once and keep that snapshot, so a swap never
 * mixes two corpora in one answer.
 */
public final class LiveSite implements AutoCloseable {

  /** Loads the corpus and (re)builds the index; returns the new site. */
  @FunctionalInterface
  public interface Loader {
    Site load() throws Exception;
  }

  private final Loader loader;
  private volatile Site current;

  public LiveSite(Site initial, Loader loader) {
    this.current = Objects.requireNonNull(initial, "initial");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  public Site current() {
    return current;
  }

  /**
   * Rebuilds and swaps, then closes the replaced site; one rebuild at a time. A failed rebuild
   * leaves the current site in place.
   */
  public synchronized Site reload() throws Exception {
    Site next = loader.load();
    Site old = current;
    current = next;
    old.close();
    return next;
  }

  /** Closes the current site. */
  @Override
  public synchronized void close() {
    current.close();
  }
}
