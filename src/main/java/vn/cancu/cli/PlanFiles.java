package vn.cancu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.ingest.IngestLimits;
import vn.cancu.ingest.Ingested;
import vn.cancu.ingest.Ingestor;
import vn.cancu.ingest.Skipped;

/** Reads plan files for the commands: ingest and parse, or one line on stderr saying why a file was skipped. */
final class PlanFiles {
  private final Ingestor ingestor = new Ingestor(IngestLimits.defaults());
  private final PlanParser parser = new PlanParser();

  /** The parsed plan, or empty after printing "cancu: FILE: reason" on {@code err}. */
  Optional<Plan> read(Path file, PrintWriter err) {
    return switch (ingestor.ingest(file)) {
      case Skipped s -> {
        err.println("cancu: " + file + ": " + s.reason());
        yield Optional.empty();
      }
      case Ingested in -> Optional.of(parser.parse(in.text()));
    };
  }
}
