package vn.cancu.cite;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Unseen real text: lines of the pháp điển bench (../shared, never committed) with keys annotated by
 * hand in cite/phapdien-gold.tsv. Names compare case-insensitively ("Luật thuế ..." / "Luật Thuế ...").
 */
class PhapdienGoldTest {
  static final Path BENCH = Path.of("../shared/bench/phapdien/van-ban-full");

  @Test
  void finderOnUnseenLines() throws IOException {
    assumeTrue(Files.isDirectory(BENCH), "skipped: " + BENCH.toAbsolutePath() + " is absent");
    CitationFinder finder = new CitationFinder();
    int tp = 0, fp = 0, fn = 0;
    StringBuilder diffs = new StringBuilder();
    List<String> rows = Files.readAllLines(Path.of("src/test/resources/cite/phapdien-gold.tsv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t", -1);
      List<String> lines = Files.readAllLines(BENCH.resolve(f[0]));
      String line = lines.get(Integer.parseInt(f[1]) - 1);
      Set<String> gold = new LinkedHashSet<>();
      for (String k : f[2].split(",(?! )")) gold.add(Fold.fold(k.strip()));
      Set<String> found = new LinkedHashSet<>();
      for (Citation c : finder.find(line)) found.add(Fold.fold(c.key()));
      for (String k : gold) {
        if (found.contains(k)) tp++;
        else {
          fn++;
          diffs.append(f[0]).append(':').append(f[1]).append(" missed ").append(k).append('\n');
        }
      }
      for (String k : found) {
        if (!gold.contains(k)) {
          fp++;
          diffs.append(f[0]).append(':').append(f[1]).append(" spurious ").append(k).append('\n');
        }
      }
    }
    double p = tp / (double) (tp + fp), r = tp / (double) (tp + fn), f1 = 2 * p * r / (p + r);
    System.out.printf("phapdien gold (%d lines): tp=%d fp=%d fn=%d P=%.4f R=%.4f F1=%.4f%n%s",
        rows.size() - 1, tp, fp, fn, p, r, f1, diffs);
    assertTrue(f1 >= 0.9, "F1 " + f1 + "\n" + diffs);
  }
}
