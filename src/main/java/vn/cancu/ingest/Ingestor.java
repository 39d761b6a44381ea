package vn.cancu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns the files officers have (PDF, DOCX, DOC, ODT, HTML, TXT exported from e-office systems)
 * into {@link ExtractedText}, or says why not.
 *
 * <p>Office and web formats go through Tika; {@code .txt} files are decoded by {@link
 * TextFileDecoder}. Every text then loses control characters (keeping {@code \n}, {@code \t} and
 * the {@code \f} page breaks of PDFs), is composed to NFC, and is converted from TCVN3/VNI when it
 * reads as legacy-encoded Vietnamese. Bad content never throws: it becomes {@link Skipped} with a
 * one-line reason ("empty file", "too large: ...", "encrypted document", "zip bomb", "text longer
 * than N chars" (text is never truncated), "parse timed out after 60 s", "not a PDF (content is
 * ...)", "unreadable PDF: ...", "no text found (...)"), and so do I/O errors on the file.
 * Thread-safe: one instance can serve parallel calls.
 */
public final class Ingestor {

  private static final Set<String> PLAIN_TEXT = Set.of("txt", "text");

  private final IngestLimits limits;
  private final LegacyVietnameseDecoder legacy = new LegacyVietnameseDecoder();
  private final TextFileDecoder textDecoder = new TextFileDecoder(legacy);
  private final TikaExtractor tika;

  public Ingestor(IngestLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.tika = new TikaExtractor(limits.maxChars());
  }

  /**
   * The text of {@code file}, or why there is none. A parse that outlives the timeout is abandoned
   * on its (daemon) thread, since Java cannot stop it; it ends with the parser or the JVM.
   */
  public IngestOutcome ingest(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (!Files.exists(file)) {
        return new Skipped(file, "no such file");
      }
      if (!Files.isRegularFile(file)) {
        return new Skipped(file, "not a regular file");
      }
      long size = Files.size(file);
      if (size == 0) {
        return new Skipped(file, "empty file");
      }
      if (size > limits.maxFileBytes()) {
        return new Skipped(
            file, "too large: " + bytes(size) + " > " + bytes(limits.maxFileBytes()) + " limit");
      }
      return new Ingested(file, withTimeout(file));
    } catch (Unreadable e) {
      return new Skipped(file, e.getMessage());
    } catch (IOException e) {
      return new Skipped(file, "cannot read: " + e.getMessage());
    }
  }

  /**
   * Ingests every source file below {@code dir} (see {@link #sources(Path)}).
   *
   * @throws UncheckedIOException if {@code dir} cannot be listed (a problem of the call, not of a file)
   */
  public List<IngestOutcome> ingestAll(Path dir) {
    return sources(dir).stream().map(s -> ingest(s.path())).toList();
  }

  /** A source file, with the size and modification time read while listing it. */
  public record SourceFile(Path path, long size, long modifiedMillis) {}

  /**
   * The source files of a folder: every regular file below it (a link counts as what it points to),
   * sorted by path, except hidden ones and README.md; none when the folder does not exist. The one
   * rule for what counts as a source. One file-system call per file: a corpus of 10 000 plans is
   * listed at every server start.
   *
   * @throws UncheckedIOException if {@code dir} cannot be listed
   */
  public static List<SourceFile> sources(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    List<SourceFile> out = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return d.equals(dir) || !isHidden(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          BasicFileAttributes a = attrs;
          if (a.isSymbolicLink()) {
            try {
              a = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (IOException e) {
              return FileVisitResult.CONTINUE; // a dangling link is no source
            }
          }
          if (a.isRegularFile() && !isHidden(f) && !f.getFileName().toString().equalsIgnoreCase("README.md")) {
            out.add(new SourceFile(f, a.size(), a.lastModifiedTime().toMillis()));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    out.sort(Comparator.comparing(SourceFile::path));
    return out;
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  /** Parsers can loop on hostile input; a daemon thread lets us walk away from one. */
  private ExtractedText withTimeout(Path file) throws Unreadable, IOException {
    FutureTask<ExtractedText> task = new FutureTask<>(() -> extract(file));
    Thread.ofPlatform().daemon().name("ingest " + file.getFileName()).start(task);
    try {
      return task.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new Unreadable("parse timed out after " + seconds(limits.parseTimeout()));
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new Unreadable("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Unreadable u) {
        throw u;
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("failed to ingest " + file, e.getCause());
    }
  }

  private ExtractedText extract(Path file) throws Unreadable, IOException {
    String fileName = file.getFileName().toString();
    RawText raw = PLAIN_TEXT.contains(extension(fileName)) ? readText(file) : tika.extract(file);
    String text = TextCleaner.clean(raw.text());
    Map<String, String> metadata = new HashMap<>(raw.metadata());
    var decoded = legacy.decode(text);
    if (decoded.isPresent()) {
      text = decoded.get().text();
      metadata.put("legacy-encoding", decoded.get().encoding());
    }
    if (text.isBlank()) {
      throw new Unreadable("no text found (" + raw.mediaType() + ")");
    }
    return new ExtractedText(SourceIds.fromFileName(fileName), fileName, raw.mediaType(), text, metadata);
  }

  private RawText readText(Path file) throws Unreadable, IOException {
    // No charset takes more than 3 bytes per char (UTF-8), so a larger file is too long for sure:
    // refuse it before reading, as decoding it would need about 5 times its size in heap.
    if (Files.size(file) > 3L * limits.maxChars()) {
      throw new Unreadable("text longer than " + limits.maxChars() + " chars");
    }
    TextFileDecoder.Decoded decoded = textDecoder.decode(Files.readAllBytes(file));
    if (looksBinary(decoded.text())) {
      throw new Unreadable("not a text file (binary content)");
    }
    if (decoded.text().length() > limits.maxChars()) {
      throw new Unreadable("text longer than " + limits.maxChars() + " chars");
    }
    return new RawText(decoded.text(), "text/plain", Map.of("charset", decoded.charset()));
  }

  /**
   * More than 5% control characters (other than whitespace and NUL padding) or undecodable bytes:
   * random bytes have about 10%, text exported from e-office systems almost none.
   */
  private static boolean looksBinary(String text) {
    long odd =
        text.chars()
            .filter(c -> c == '\uFFFD' || (Character.getType(c) == Character.CONTROL && "\n\r\t\f\0".indexOf(c) < 0))
            .count();
    return odd * 20 > text.length();
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static String seconds(Duration d) {
    return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }

  private static String bytes(long n) {
    if (n < 1024) {
      return n + " bytes";
    }
    double value = n < (1 << 20) ? n / 1024.0 : n / (double) (1 << 20);
    String unit = n < (1 << 20) ? " KB" : " MB";
    return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value)) + unit;
  }
}
