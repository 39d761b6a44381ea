package vn.cancu.ingest;

import java.util.Map;
import java.util.Objects;

/**
 * Plain text taken out of one source file, before any repair.
 *
 * @param sourceId stable id of the source, derived from its file name (e.g. {@code lang-son_ke-hoach-...})
 * @param fileName the file name as found on disk, for messages
 * @param mediaType the detected media type (e.g. {@code application/pdf})
 * @param text the extracted text, already decoded to Unicode (legacy TCVN3/VNI converted)
 * @param metadata selected metadata the parser reported (title, author, ...)
 */
public record ExtractedText(
    String sourceId, String fileName, String mediaType, String text, Map<String, String> metadata) {

  public ExtractedText {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(text, "text");
    metadata = Map.copyOf(metadata);
  }

  /** Text given directly (tests, JSONL collections, the lint API). */
  public static ExtractedText ofPlainText(String sourceId, String text) {
    return new ExtractedText(sourceId, sourceId, "text/plain", text, Map.of());
  }
}
