package vn.cancu.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that gave no text, with a one-line reason for the user (e.g. "encrypted document",
 * "empty file", "too large: 70 MB > 64 MB limit").
 */
public record Skipped(Path file, String reason) implements IngestOutcome {

  public Skipped {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank() || reason.contains("\n")) {
      throw new IllegalArgumentException("reason must be one non-blank line: " + reason);
    }
  }
}
