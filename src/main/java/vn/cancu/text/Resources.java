package vn.cancu.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the vocabulary files shipped under {@code src/main/resources} (UTF-8). Each package parses its
 * own columns; a missing or unreadable file is a packaging bug, reported with the resource's path.
 */
public final class Resources {

  private Resources() {}

  /** A reader on the classpath resource at the absolute {@code path} ("/cite/orgs.tsv"). */
  public static BufferedReader reader(String path) {
    InputStream in = Resources.class.getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("missing resource " + path);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The lines of the resource as written, without blank lines and '#' comment lines. */
  public static List<String> lines(String path) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = reader(path)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.strip().startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
    return List.copyOf(out);
  }
}
