package vn.cancu.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the web app is set up.
 *
 * @param webDir the directory holding {@code templates/} and {@code static/}
 * @param adminToken the Bearer token that unlocks writing endpoints, or null (they answer 403)
 */
public record WebSettings(Path webDir, String adminToken) {

  /** Longest accepted query or task text, in characters. */
  public static final int MAX_QUERY_CHARS = 500;
  /** Longest accepted draft for the lint form, in characters. */
  public static final int MAX_DRAFT_CHARS = 200_000;
  /** Largest accepted request body, in bytes. */
  public static final long MAX_REQUEST_BYTES = 1_000_000;

  public WebSettings {
    Objects.requireNonNull(webDir, "webDir");
    if (!Files.isDirectory(webDir.resolve("templates")) || !Files.isDirectory(webDir.resolve("static"))) {
      throw new IllegalArgumentException(
          "web directory must hold templates/ and static/: " + webDir.toAbsolutePath());
    }
    if (adminToken != null && adminToken.isBlank()) adminToken = null;
  }

  public Path templates() {
    return webDir.resolve("templates");
  }

  public Path staticFiles() {
    return webDir.resolve("static").toAbsolutePath();
  }
}
