package vn.cancu.ingest;

import java.nio.file.Path;
import java.util.Objects;

/** A file whose text was extracted. */
public record Ingested(Path file, ExtractedText text) implements IngestOutcome {

  public Ingested {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }
}
