package vn.cancu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The index directory: numbered generations ({@code gen-N/}) and a pointer file {@code CURRENT}
 * naming the one readers use. A build writes a fresh generation, then replaces {@code CURRENT}
 * with an atomic rename, so a crash at any point leaves the previous generation searchable.
 */
public final class IndexLayout {
  static final String CURRENT = "CURRENT";
  private static final Pattern GENERATION = Pattern.compile("gen-(\\d+)");

  private final Path root;

  public IndexLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The {@code CURRENT} pointer file (replaced, never rewritten in place, by {@link #publish}). */
  public Path pointer() {
    return root.resolve(CURRENT);
  }

  /** The generation {@code CURRENT} names, if any. */
  public Optional<Generation> current() {
    Path pointer = pointer();
    if (!Files.isRegularFile(pointer)) return Optional.empty();
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      if (!GENERATION.matcher(name).matches()) {
        throw new IllegalStateException("index pointer " + pointer + " names no generation: " + name);
      }
      Path dir = root.resolve(name);
      return Files.isDirectory(dir) ? Optional.of(new Generation(dir)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pointer, e);
    }
  }

  /** Creates the next generation's directory, numbered after every existing one. */
  public Generation createNext() throws IOException {
    Files.createDirectories(root);
    long next = generations().stream().mapToLong(IndexLayout::number).max().orElse(0) + 1;
    Path dir = root.resolve("gen-" + next);
    Files.createDirectory(dir);
    return new Generation(dir);
  }

  /**
   * Points {@code CURRENT} at the generation (write a temp file, force it, rename it over), then
   * deletes every generation except the new one and the one it replaces. The replaced one is kept so
   * a reader in another process that has not refreshed yet still finds its files (on POSIX systems
   * open files survive deletion anyway); directories of crashed builds go too.
   */
  public void publish(Generation generation) throws IOException {
    Optional<Generation> replaced = current();
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, generation.dir().getFileName() + "\n", StandardCharsets.UTF_8);
    try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    for (Path dir : generations()) {
      boolean keep = dir.equals(generation.dir()) || replaced.map(r -> r.dir().equals(dir)).orElse(false);
      if (!keep) deleteTree(dir);
    }
  }

  /** Takes the writer lock; fails with {@link IndexLockedException} when another run holds it. */
  public IndexLock lock() throws IOException {
    Files.createDirectories(root);
    return IndexLock.acquire(root.resolve(".lock"));
  }

  List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> entries = Files.list(root)) {
      return entries
          .filter(p -> Files.isDirectory(p) && GENERATION.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingLong(IndexLayout::number))
          .toList();
    }
  }

  private static long number(Path dir) {
    Matcher m = GENERATION.matcher(dir.getFileName().toString());
    if (!m.matches()) throw new IllegalArgumentException("not a generation directory: " + dir);
    return Long.parseLong(m.group(1));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  /** One generation directory: its Lucene index, distinct texts, manifest, catalogue and phrase vocabulary. */
  public record Generation(Path dir) {
    public Path lucene() {
      return dir.resolve("lucene");
    }

    public Path manifest() {
      return dir.resolve("manifest.bin");
    }

    public Path phrases() {
      return dir.resolve("phrases.tsv");
    }

    /** The directive catalogue of the manifest's files ({@link CatalogCodec}); absent for a JSONL collection. */
    public Path catalog() {
      return dir.resolve("catalog.bin");
    }

    /**
     * A reader on this generation's Lucene index that closes its directory when its last reference
     * goes, so holders share it with {@code incRef}/{@code decRef} and never close the directory.
     */
    public DirectoryReader openReader() throws IOException {
      return open(lucene());
    }

    /** The index of the distinct searchable texts of the generation's documents (see {@code DistinctTexts}). */
    public Path texts() {
      return dir.resolve("texts");
    }

    /** A reader on {@link #texts()}, closing its directory with it. */
    public DirectoryReader openTextsReader() throws IOException {
      return open(texts());
    }

    private static DirectoryReader open(Path path) throws IOException {
      Directory directory = FSDirectory.open(path);
      DirectoryReader reader;
      try {
        reader = DirectoryReader.open(directory);
      } catch (IOException | RuntimeException e) {
        IOUtils.closeWhileHandlingException(directory);
        throw new IOException("cannot open the index at " + path + ": " + e.getMessage(), e);
      }
      reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
      return reader;
    }
  }
}
