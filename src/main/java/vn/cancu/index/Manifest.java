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

  /** The first line of the file. */
  private record Head(int format, String pipeline) {}

  /** Every further line: one corpus file. */
  private record Line(String path, Entry entry) {}

  // The file is mapped a window at a time (a mapping holds < 2 GiB); no line may be longer.
  private static final int WINDOW = 1 << 30;

  /**
   * The manifest in a file, or an empty one when the file is missing, of another format or
   * unreadable as a manifest (a stale, foreign or truncated cache only costs a full re-parse).
   */
  static Manifest read(Path file) {
    if (!Files.isRegularFile(file)) return empty();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      List<ByteBuffer> lines = lines(channel);
      if (lines.isEmpty()) return empty();
      ObjectMapper json = CacheJson.mapper();
      Head head = head(json, lines.get(0));
      if (head == null || head.format() != FORMAT) return empty();
      ObjectReader reader = json.readerFor(Line.class);
      List<Line> entries = lines.subList(1, lines.size()).parallelStream().map(l -> line(reader, l)).toList();
      Map<String, Entry> files = new HashMap<>();
      for (Line l : entries) files.put(l.path(), l.entry());
      return new Manifest(head.format(), head.pipeline(), files);
    } catch (IOException | RuntimeException e) {
      return empty();
    }
  }

  /** The non-empty lines of the file, as views of the mapped file. */
  private static List<ByteBuffer> lines(FileChannel channel) throws IOException {
    List<ByteBuffer> out = new ArrayList<>();
    long size = channel.size();
    long position = 0;
    while (position < size) {
      int length = (int) Math.min(WINDOW, size - position);
      ByteBuffer window = channel.map(FileChannel.MapMode.READ_ONLY, position, length);
      int end = length;
      if (position + length < size) {
        while (end > 0 && window.get(end - 1) != '\n') end--;
        if (end == 0) throw new IOException("manifest line longer than " + WINDOW + " bytes");
      }
      int start = 0;
      for (int i = 0; i <= end; i++) {
        if (i == end || window.get(i) == '\n') {
          if (i > start) out.add(window.slice(start, i - start));
          start = i + 1;
        }
      }
      position += end;
    }
    return out;
  }

  /** The head, read field by field: a file of another format is rejected without reading on. */
  private static Head head(ObjectMapper json, ByteBuffer line) throws IOException {
    try (JsonParser p = json.getFactory().createParser(new ByteBufferBackedInputStream(line))) {
      if (p.nextToken() != JsonToken.START_OBJECT || !"format".equals(p.nextFieldName())) return null;
      if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != FORMAT) return null;
      if (!"pipeline".equals(p.nextFieldName())) return null;
      return new Head(FORMAT, p.nextTextValue());
    }
  }

  private static Line line(ObjectReader reader, ByteBuffer line) {
    try (var in = new ByteBufferBackedInputStream(line)) {
      Line l = reader.readValue(in);
      if (l.path() == null || l.entry() == null) throw new IllegalArgumentException("manifest line without path or entry");
      return l;
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
