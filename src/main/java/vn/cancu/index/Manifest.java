package vn.cancu.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Plan;

/**
 * What one index generation was built from: per corpus file (path relative to the corpus, "/"
 * separated) its size, modification time, SHA-256 and the records derived from it. The next run
 * reuses those records for files whose content did not change, so only new or changed files go
 * through ingest, parse and citation extraction again.
 *
 * <p>Stored as JSON Lines ({@code manifest.jsonl}): a head line {@code {"format", "pipeline"}},
 * then one {@code {"path", "entry"}} line per file, so the lines are parsed on every core.
 *
 * @param format the manifest format; another value means the cache is ignored
 * @param pipeline fingerprint of the pipeline code that derived the records ({@link PipelineVersion})
 * @param files entries by relative path
 */
public record Manifest(int format, String pipeline, Map<String, Entry> files) {
  static final int FORMAT = 2;

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

  /** Every line after the head: one corpus file. */
  private record Line(String path, Entry entry) {}

  // The file is mapped a window at a time (a mapping holds < 2 GiB) and cut into chunks of whole
  // lines parsed in parallel: a 10k-plan manifest is 400 MB, a line one file's records (~40 KB).
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
      List<ByteBuffer> chunks = chunks(channel, window, chunk);
      if (chunks.isEmpty()) return empty();
      ObjectMapper json = CacheJson.mapper();
      String pipeline = pipeline(json, chunks.get(0).duplicate());
      if (pipeline == null) return empty();
      ObjectReader reader = json.readerFor(Line.class);
      Map<String, Entry> files = new HashMap<>();
      IntStream.range(0, chunks.size())
          .parallel()
          .mapToObj(i -> lines(reader, chunks.get(i), i == 0))
          .toList()
          .forEach(lines -> lines.forEach(l -> files.put(l.path(), l.entry())));
      return new Manifest(FORMAT, pipeline, files);
    } catch (IOException | RuntimeException e) {
      return empty();
    }
  }

  /** The file as views of about {@code chunkSize} bytes each, cut after a line end. */
  private static List<ByteBuffer> chunks(FileChannel channel, int windowSize, int chunkSize) throws IOException {
    List<ByteBuffer> out = new ArrayList<>();
    long size = channel.size();
    long position = 0;
    while (position < size) {
      int length = (int) Math.min(windowSize, size - position);
      boolean last = position + length == size;
      ByteBuffer window = channel.map(FileChannel.MapMode.READ_ONLY, position, length);
      int start = 0;
      while (start < length) {
        int end = Math.min(start + chunkSize, length);
        while (end < length && window.get(end - 1) != '\n') end++;
        if (!last && window.get(end - 1) != '\n') break; // the line goes on in the next window
        out.add(window.slice(start, end - start));
        start = end;
      }
      if (start == 0) throw new IOException("manifest line longer than " + windowSize + " bytes");
      position += start;
    }
    return out;
  }

  /** The pipeline in the head line, read field by field: a file of another format is not read on. */
  private static String pipeline(ObjectMapper json, ByteBuffer first) throws IOException {
    try (JsonParser p = json.createParser(new ByteBufferBackedInputStream(first))) {
      if (p.nextToken() != JsonToken.START_OBJECT || !"format".equals(p.nextFieldName())) return null;
      if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != FORMAT) return null;
      return "pipeline".equals(p.nextFieldName()) ? p.nextTextValue() : null;
    }
  }

  private static List<Line> lines(ObjectReader reader, ByteBuffer chunk, boolean startsWithHead) {
    try (JsonParser p = reader.createParser(new ByteBufferBackedInputStream(chunk))) {
      if (startsWithHead) {
        p.nextToken();
        p.skipChildren();
      }
      List<Line> out = new ArrayList<>();
      while (p.nextToken() != null) {
        Line l = reader.readValue(p);
        if (l.path() == null || l.entry() == null) throw new IllegalArgumentException("manifest line without path or entry");
        out.add(l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the head line, then one line per file in path order. */
  void write(Path file) throws IOException {
    ObjectMapper json = CacheJson.mapper();
    ObjectWriter writer = json.writerFor(Line.class);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      try (JsonGenerator g = json.getFactory().createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeNumberField("format", format);
        g.writeStringField("pipeline", pipeline);
        g.writeEndObject();
      }
      out.write('\n');
      for (var e : new TreeMap<>(files).entrySet()) {
        out.write(writer.writeValueAsBytes(new Line(e.getKey(), e.getValue())));
        out.write('\n');
      }
    }
  }
}
