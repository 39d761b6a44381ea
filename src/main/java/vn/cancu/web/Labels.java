package vn.cancu.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Vietnamese labels for the codes the services use (facet names, kinds, levels), from labels.tsv. */
final class Labels {

  private static final Map<String, String> LABELS = load();

  private Labels() {}

  /** The label of a code in a group, or the code itself when the table has none. */
  static String of(String group, String value) {
    if (value == null) return "";
    return LABELS.getOrDefault(group + "\t" + value, value);
  }

  private static Map<String, String> load() {
    String resource = "/web/labels.tsv";
    try (InputStream in = Labels.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      Map<String, String> map = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length != 3) throw new IllegalStateException(resource + ": expected 3 columns: " + line);
        map.put(cols[0] + "\t" + cols[1], cols[2]);
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
