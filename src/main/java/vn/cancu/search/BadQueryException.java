package vn.cancu.search;

/** The user's query cannot be understood; the message says why, in words a user can act on. */
public final class BadQueryException extends IllegalArgumentException {
  public BadQueryException(String reason) {
    super(reason);
  }
}
