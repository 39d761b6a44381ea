package vn.cancu.index;

/** Progress of a long step, reported by the indexer; the CLI draws a bar, tests report nothing. */
public interface Progress extends AutoCloseable {
  Progress NONE = new Progress() {};

  /** A new step of {@code total} units begins. */
  default void start(String task, long total) {}

  default void step() {}

  @Override
  default void close() {}
}
