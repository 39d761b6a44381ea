package vn.cancu.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Plan;

/**
 * What one index generation was built from: per corpus file (path relative to the corpus, "/"
 * separated) its size, modification time, SHA-256 and the records derived from it. The next run
 * reuses those records for files whose content did not change, so only new or changed files go
 * through ingest, parse and citation extraction again.
 *
 * @param format the manifest format; another value means the cache is ignored
 * @param pipeline fingerprint of the pipeline code that derived the records ({@link PipelineVersion})
 * @param files entries by relative path
 */
public record Manifest(int format, String pipeline, Map<String, Entry> files) {
  static final int FORMAT = 1;

  public Manifest {
    files = Map.copyOf(files);
  }

  public static Manifest empty() {
    return new Manifest(FORMAT, "", Map.of());
  }

  /**
   * One corpus file.
   *
   * @param size bytes
   * @param modified last-modified time, epoch milliseconds
   * @param sha256 hex digest of the content
   * @param plan the plan parsed from it (files under plans/), or null
   * @param citations the plan's citations, empty when no plan
   * @param directive the directive text parsed from it (files under directives/), or null
   * @param skipped why the file gave nothing, or null
   */
  public record Entry(
      long size,
      long modified,
      String sha256,
      Plan plan,
      List<Citation> citations,
      DirectiveText directive,
      String skipped) {
    public Entry {
      citations = citations == null ? List.of() : List.copyOf(citations);
    }

    Entry touched(long newModified) {
      return new Entry(size, newModified, sha256, plan, citations, directive, skipped);
    }
  }

  /** The manifest in a file, or an empty one when the file is missing or unreadable as a manifest. */
  static Manifest read(Path file) {
    if (!Files.isRegularFile(file)) return empty();
    try {
      Manifest m = CacheJson.mapper().readValue(file.toFile(), Manifest.class);
      return m.format() == FORMAT ? m : empty();
    } catch (IOException | RuntimeException e) {
      return empty(); // a stale or foreign cache only costs a full re-parse
    }
  }

  void write(Path file) throws IOException {
    Manifest sorted = new Manifest(format, pipeline, new TreeMap<>(files));
    CacheJson.mapper().writeValue(file.toFile(), sorted);
  }
}
