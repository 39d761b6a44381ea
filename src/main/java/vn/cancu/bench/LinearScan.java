package vn.cancu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The floor any user has without us: every plan's text in memory, lower-cased once, and a literal
 * {@code grep -iF} for each word of the query (a plan matches when it holds them all). No folding,
 * no symbol variants, no ranking: it finds less and costs a pass over everything.
 */
final class LinearScan {
  private final List<String> texts;
  private final List<String> names;

  private LinearScan(List<String> names, List<String> texts) {
    this.names = names;
    this.texts = texts;
  }

  static LinearScan load(Path plansDir) {
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(plansDir)) {
      for (Path f : files.sorted().toList()) {
        names.add(f.getFileName().toString());
        texts.add(Files.readString(f, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + plansDir, e);
    }
    return new LinearScan(names, texts);
  }

  /** Plans holding every literal; a province filter keeps plans whose file name starts with the slug. */
  int count(List<String> literals, String provincePrefix) {
    List<String> lower = literals.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    int n = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (provincePrefix != null && !names.get(i).startsWith(provincePrefix)) continue;
      String t = texts.get(i);
      boolean all = true;
      for (String l : lower) {
        if (!t.contains(l)) {
          all = false;
          break;
        }
      }
      if (all) n++;
    }
    return n;
  }

  /** {@code count} scans of one kind, timed like searches. */
  Latencies run(String kind, int count) {
    long[] nanos = new long[count];
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      count(QueryMix.literals(kind, i), kind.equals("faceted") ? "lang-son_" : null);
      nanos[i] = System.nanoTime() - t0;
    }
    return Latencies.of(nanos, 0, System.nanoTime() - start);
  }
}
