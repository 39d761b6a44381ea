package vn.cancu.ingest;

import java.nio.file.Path;

/** What became of one file: its text, or the reason it was skipped. */
public sealed interface IngestOutcome permits Ingested, Skipped {

  Path file();
}
