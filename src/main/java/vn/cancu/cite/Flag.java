package vn.cancu.cite;

import java.util.Objects;

/**
 * A problem or remark about how a citation is written, e.g. {@code ("nonstandard-symbol", "written
 * 25/NQ-TW, official form 25-NQ/TW")}. Problems are data: the citation is still returned.
 */
public record Flag(String code, String message) {
  public Flag {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
