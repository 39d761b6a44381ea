package vn.cancu.ingest;

/**
 * Internal signal that a file gives no usable text; {@link Ingestor} turns it into {@link Skipped}
 * and it never leaves the package.
 */
final class Unreadable extends Exception {

  private static final long serialVersionUID = 1L;

  Unreadable(String reason) {
    super(reason, null, false, false);
  }
}
