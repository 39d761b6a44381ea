package vn.cancu.cite.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.cancu.cite.CitationFinder;

/**
 * Throughput of {@link CitationFinder} on a directory of legal text (default ../shared/bench/phapdien,
 * every *.md below it), single-threaded, next to a plain-regex baseline that only spots the three
 * symbol families (no type word, date, issuer, subject or names). Texts are read into memory first;
 * each contender runs a warm-up pass, then a timed pass. Not a test: it prints figures.
 */
public final class ExtractionBenchmark {
  /** The baseline: one precompiled regex for party, administrative and normative symbols. */
  static final Pattern BASELINE =
      Pattern.compile("(?<![\\p{L}\\d/])\\d{1,5}(?:/(?:19|20)\\d\\d/\\p{L}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*"
          + "|-\\p{L}+/\\p{L}[\\p{L}\\d]*|/\\p{L}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)");

  private ExtractionBenchmark() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/bench/phapdien");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(dir, out));
  }

  /** Runs the benchmark; returns a process exit code (1 when the directory is absent or empty). */
  public static int run(Path dir, PrintWriter out) {
    List<String> texts = load(dir);
    if (texts.isEmpty()) {
      out.println("bench-cite: no *.md files under " + dir.toAbsolutePath());
      return 1;
    }
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    out.printf("bench-cite: %d files, %.1f MB (UTF-8) under %s; %d cores; single-threaded%n",
        texts.size(), bytes / 1e6, dir, Runtime.getRuntime().availableProcessors());
    CitationFinder finder = new CitationFinder();
    Contender full = new Contender("CitationFinder", t -> finder.find(t).size());
    Contender regex = new Contender("baseline regex", ExtractionBenchmark::countBaseline);
    for (Contender c : List.of(regex, full)) {
      c.pass(texts); // warm-up
      long start = System.nanoTime();
      long found = c.pass(texts);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf("  %-16s %8.1f MB/s per core  %9d mentions  %6.2f s%n", c.name(), bytes / 1e6 / seconds, found, seconds);
    }
    return 0;
  }

  private record Contender(String name, java.util.function.ToIntFunction<String> count) {
    long pass(List<String> texts) {
      long n = 0;
      for (String t : texts) n += count.applyAsInt(t);
      return n;
    }
  }

  static int countBaseline(String text) {
    Matcher m = BASELINE.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  private static List<String> load(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }
}
