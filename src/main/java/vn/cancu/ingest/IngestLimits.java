package vn.cancu.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one file may cost to ingest.
 *
 * @param maxFileBytes files larger than this are skipped before any parsing
 * @param maxChars files whose text is longer than this are skipped (not truncated: half a plan
 *     would give wrong clause numbering and missing citations without anyone noticing)
 * @param parseTimeout how long one file may take to parse before it is skipped
 */
public record IngestLimits(long maxFileBytes, int maxChars, Duration parseTimeout) {

  public IngestLimits {
    Objects.requireNonNull(parseTimeout, "parseTimeout");
    if (maxFileBytes <= 0 || maxChars <= 0 || parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new IllegalArgumentException(
          "limits must be positive: maxFileBytes=" + maxFileBytes + ", maxChars=" + maxChars
              + ", parseTimeout=" + parseTimeout);
    }
  }

  /** 64 MiB, 5 000 000 characters, 60 seconds. */
  public static IngestLimits defaults() {
    return new IngestLimits(64L << 20, 5_000_000, Duration.ofSeconds(60));
  }
}
