package vn.cancu.ingest;

import java.util.Map;
import java.util.Objects;

/** Text as a parser gave it, before cleaning and legacy decoding. */
record RawText(String text, String mediaType, Map<String, String> metadata) {

  RawText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
    metadata = Map.copyOf(metadata);
  }
}
