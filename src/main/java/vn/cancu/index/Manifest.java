package vn.cancu.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
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
 * <p>Stored in binary ({@code manifest.bin}): a head (magic, format, pipeline, file count), then one
 * length-prefixed record per file ({@link ManifestCodec}), so the records are decoded on every core.
 *
 * @param format the manifest format; another value means the cache is ignored
 * @param pipeline fingerprint of the pipeline code that derived the records ({@link PipelineVersion})
 * @param files entries by relative path
 */
public record Manifest(int format, String pipeline, Map<String, Entry> files) {
  static final int FORMAT = 4;
  /** "CCMF": the first bytes of a manifest file. */
  private static final int MAGIC = 0x43434D46;

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

  // The file is mapped a window at a time (a mapping holds < 2 GiB) and its records decoded in
  // parallel in chunks: a 10k-plan manifest is 400 MB, a record one file's records (~40 KB).
  private static final int WINDOW = 1 << 30;
  private static final int CHUNK = 1 << 22;

  /**
   * The manifest in a file, or an empty one when the file is missing, of another format or
   * unreadable as a manifest (a stale, foreign or truncated cache only costs a full re-parse).
   */
  static Manifest read(Path file) {
    return read(file, WINDOW, CHUNK);
  }

  /** Reads with other window and chunk sizes, for tests of the cutting. */
  static Manifest read(Path file, int window, int chunk) {
    if (!Files.isRegularFile(file)) return empty();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      ByteBuffer head = channel.map(FileChannel.MapMode.READ_ONLY, 0, Math.min(size, 1 << 16));
      if (head.remaining() < 12 || head.getInt() != MAGIC || head.getInt() != FORMAT) return empty();
      int length = head.getInt();
      if (length < 0 || length > head.remaining() - 4) return empty();
      byte[] name = new byte[length];
      head.get(name);
      String pipeline = new String(name, StandardCharsets.UTF_8);
      int count = head.getInt();
      List<List<ByteBuffer>> chunks = chunks(channel, head.position(), count, window, chunk);
      Map<String, Entry> files = new HashMap<>();
      chunks.parallelStream()
          .map(records -> records.stream().map(ManifestCodec::decode).toList())
          .toList()
          .forEach(decoded -> decoded.forEach(e -> files.put(e.getKey(), e.getValue())));
      if (files.size() != count) return empty();
      return new Manifest(FORMAT, pipeline, files);
    } catch (IOException | RuntimeException e) {
      return empty();
    }
  }

  /**
   * The {@code count} records from {@code start} as views, grouped into chunks of about
   * {@code chunkSize} bytes; fails on a file that ends early or goes on after them.
   */
  private static List<List<ByteBuffer>> chunks(FileChannel channel, long start, int count, int windowSize, int chunkSize)
      throws IOException {
    long size = channel.size();
    List<List<ByteBuffer>> out = new ArrayList<>();
    List<ByteBuffer> chunk = new ArrayList<>();
    int chunkBytes = 0;
    long windowStart = start;
    ByteBuffer window = channel.map(FileChannel.MapMode.READ_ONLY, windowStart, Math.min(windowSize, size - windowStart));
    long position = start;
    for (int i = 0; i < count; i++) {
      if (position + 4 > size) throw new IOException("manifest ends before its record " + i);
      if (position + 4 > windowStart + window.capacity()) {
        windowStart = position;
        window = channel.map(FileChannel.MapMode.READ_ONLY, windowStart, Math.min(windowSize, size - windowStart));
      }
      int length = window.getInt((int) (position - windowStart));
      if (length < 0 || position + 4 + length > size) throw new IOException("manifest ends inside its record " + i);
      if (position + 4 + length > windowStart + window.capacity()) {
        if (4L + length > windowSize) throw new IOException("manifest record longer than " + windowSize + " bytes");
        windowStart = position;
        window = channel.map(FileChannel.MapMode.READ_ONLY, windowStart, Math.min(windowSize, size - windowStart));
      }
      chunk.add(window.slice((int) (position - windowStart) + 4, length));
      chunkBytes += length;
      if (chunkBytes >= chunkSize) {
        out.add(chunk);
        chunk = new ArrayList<>();
        chunkBytes = 0;
      }
      position += 4 + length;
    }
    if (!chunk.isEmpty()) out.add(chunk);
    if (position != size) throw new IOException("manifest goes on after its " + count + " records");
    return out;
  }

  /** Writes the head, then one record per file in path order. */
  void write(Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(format);
      byte[] name = pipeline.getBytes(StandardCharsets.UTF_8);
      out.writeInt(name.length);
      out.write(name);
      out.writeInt(files.size());
      for (var e : new TreeMap<>(files).entrySet()) {
        byte[] record = ManifestCodec.encode(e.getKey(), e.getValue());
        out.writeInt(record.length);
        out.write(record);
      }
    }
  }
}
