package vn.cancu.cite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Document-level precision/recall/F1 of the extractor against the hand-annotated seed gold. */
class SeedGoldTest {
  private final CitationExtractor extractor = new CitationExtractor();

  @Test
  void extractorMatchesTheGoldStandard() {
    int tp = 0, fp = 0, fn = 0, localMatched = 0, scopeRight = 0;
    StringBuilder misses = new StringBuilder();
    for (SeedGold g : SeedGold.all()) {
      Map<String, Set<String>> found = new HashMap<>();
      for (Citation c : extractor.extract(g.plan())) found.computeIfAbsent(c.key(), k -> new HashSet<>()).add(String.valueOf(c.scope()));
      for (Map.Entry<String, String> e : g.scopeByKey().entrySet()) {
        if (!found.containsKey(e.getKey())) {
          fn++;
          misses.append(g.id()).append(" missed ").append(e.getKey()).append('\n');
          continue;
        }
        tp++;
        if (e.getValue() != null) {
          localMatched++;
          if (found.get(e.getKey()).equals(Set.of(e.getValue()))) scopeRight++;
          else misses.append(g.id()).append(" scope of ").append(e.getKey()).append(": ").append(found.get(e.getKey())).append('\n');
        }
      }
      for (String k : new TreeSet<>(found.keySet())) {
        if (!g.scopeByKey().containsKey(k)) {
          fp++;
          misses.append(g.id()).append(" spurious ").append(k).append('\n');
        }
      }
    }
    double p = tp / (double) (tp + fp), r = tp / (double) (tp + fn), f1 = 2 * p * r / (p + r);
    double scope = scopeRight / (double) localMatched;
    System.out.printf("seed gold: tp=%d fp=%d fn=%d P=%.4f R=%.4f F1=%.4f scope=%d/%d=%.4f%n%s",
        tp, fp, fn, p, r, f1, scopeRight, localMatched, scope, misses);
    assertTrue(f1 >= 0.97, "F1 " + f1 + "\n" + misses);
    assertTrue(scope >= 0.95, "scope accuracy " + scope + "\n" + misses);
  }

  @Test
  void goldCoversEverySeed() {
    List<String> ids = SeedGold.all().stream().map(SeedGold::id).toList();
    assertTrue(ids.size() == 5, "gold files: " + ids);
  }
}
