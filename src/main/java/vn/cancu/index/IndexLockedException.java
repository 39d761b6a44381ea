package vn.cancu.index;

/** Another indexing run holds the index directory's lock. */
public final class IndexLockedException extends IllegalStateException {
  public IndexLockedException(String message) {
    super(message);
  }
}
