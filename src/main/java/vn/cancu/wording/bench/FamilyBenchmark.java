package vn.cancu.wording.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.cancu.document.Span;
import vn.cancu.wording.Passage;
import vn.cancu.wording.PassageFamilies;
import vn.cancu.wording.PassageFamily;
import vn.cancu.wording.PassageKind;
import vn.cancu.wording.SentenceSplitter;
import vn.cancu.wording.Shingles;
import vn.cancu.wording.Source;
import vn.cancu.wording.Word;
import vn.cancu.wording.Words;

/**
 * Passage grouping on real legal text (default ../shared/bench/phapdien, every *.md, one file a
 * "plan"): MinHash LSH grouping of all sentences, timed, next to the exhaustive baseline (every pair
 * of sentences compared on its shingle Jaccard) on a sample small enough for it, with the recall of
 * LSH against the baseline's pairs at Jaccard ≥ {@link PassageFamilies#MIN_JACCARD}. Not a test: it
 * prints figures.
 */
public final class FamilyBenchmark {
  private FamilyBenchmark() {}

  /** Runs the benchmark; returns a process exit code (1 when there is no text). */
  public static int run(Path dir, int limit, int sample, PrintWriter out) {
    List<Passage> all = sentences(dir, limit);
    if (all.isEmpty()) {
      out.println("bench-wording: no *.md files under " + dir.toAbsolutePath());
      return 1;
    }
    out.printf("bench-wording: %d sentences of %d+ words under %s (first %d at most); single-threaded%n", all.size(), MIN_WORDS, dir, limit);
    PassageFamilies families = new PassageFamilies();
    families.group(all.subList(0, Math.min(all.size(), sample))); // warm-up
    long t0 = System.nanoTime();
    List<PassageFamily> grouped = families.group(all);
    double lsh = (System.nanoTime() - t0) / 1e9;
    long multi = grouped.stream().filter(f -> f.allSources().size() > 1).count();
    out.printf("  LSH, all sentences      %8.2f s  %9.0f sentences/s  %d families, %d with 2+ sentences%n",
        lsh, all.size() / lsh, grouped.size(), multi);

    List<Passage> sub = spread(all, sample);
    long t1 = System.nanoTime();
    List<PassageFamily> subGroups = families.group(sub);
    double lshSub = (System.nanoTime() - t1) / 1e9;
    long t2 = System.nanoTime();
    List<int[]> pairs = exhaustivePairs(sub);
    double exhaustive = (System.nanoTime() - t2) / 1e9;
    Map<String, Integer> familyOf = new HashMap<>();
    for (int i = 0; i < subGroups.size(); i++) {
      for (Source s : subGroups.get(i).allSources()) familyOf.put(s.planId() + "@" + s.start(), i);
    }
    long found = pairs.stream().filter(p -> familyOf.get(key(sub.get(p[0]))).equals(familyOf.get(key(sub.get(p[1]))))).count();
    out.printf("  sample of %d sentences: LSH %.2f s, exhaustive baseline %.2f s (%.0fx); %d pairs at Jaccard >= %.1f,"
            + " LSH recall %.3f%n",
        sub.size(), lshSub, exhaustive, exhaustive / Math.max(lshSub, 1e-9), pairs.size(), PassageFamilies.MIN_JACCARD,
        pairs.isEmpty() ? 1.0 : (double) found / pairs.size());
    out.printf("  exhaustive on all %d sentences would take about %.0f s (quadratic)%n",
        all.size(), exhaustive * Math.pow((double) all.size() / sub.size(), 2));
    return 0;
  }

  static final int MIN_WORDS = 6;

  private static String key(Passage p) {
    return p.planId() + "@" + p.start();
  }

  private static List<int[]> exhaustivePairs(List<Passage> sub) {
    long[][] sh = new long[sub.size()][];
    for (int i = 0; i < sh.length; i++) sh[i] = Shingles.of(sub.get(i).words());
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < sh.length; i++) {
      for (int j = i + 1; j < sh.length; j++) {
        if (Shingles.jaccard(sh[i], sh[j]) >= PassageFamilies.MIN_JACCARD) out.add(new int[] {i, j});
      }
    }
    return out;
  }

  /** Every k-th sentence, so the sample spans all files. */
  private static List<Passage> spread(List<Passage> all, int n) {
    if (all.size() <= n) return all;
    List<Passage> out = new ArrayList<>(n);
    double step = (double) all.size() / n;
    for (int i = 0; i < n; i++) out.add(all.get((int) (i * step)));
    return out;
  }

  /** The sentences of the files in path order, at most {@code limit}. */
  private static List<Passage> sentences(Path dir, int limit) {
    if (!Files.isDirectory(dir)) return List.of();
    SentenceSplitter splitter = new SentenceSplitter();
    List<Passage> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String id = dir.relativize(p).toString();
        for (Span s : splitter.split(text, 0, text.length())) {
          List<Word> words = Words.of(text, s.start(), s.end());
          if (words.size() < MIN_WORDS) continue;
          if (out.size() == limit) return out;
          out.add(new Passage(id, null, PassageKind.SENTENCE, text.substring(s.start(), s.end()), s.start(), s.end(),
              Words.norms(words)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    return out;
  }
}
