package vn.cancu.search;

/** There is no published index where one was expected. */
public final class IndexMissingException extends IllegalStateException {
  public IndexMissingException(String message) {
    super(message);
  }
}
