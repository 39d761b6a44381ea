package vn.cancu.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.ingest.ExtractedText;

/**
 * The hand-annotated gold standard of the seed plans (cite/gold/&lt;seed-id&gt;.tsv): every cited key
 * with its scope (empty for central documents).
 */
record SeedGold(String id, Map<String, String> scopeByKey) {
  static final Path PLANS = Path.of("corpus/plans");
  static final Path GOLD = Path.of("src/test/resources/cite/gold");

  static List<SeedGold> all() {
    try (Stream<Path> files = Files.list(GOLD)) {
      return files.filter(p -> p.toString().endsWith(".tsv")).sorted().map(SeedGold::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + GOLD, e);
    }
  }

  static SeedGold read(Path file) {
    String id = file.getFileName().toString().replaceFirst("\\.tsv$", "");
    Map<String, String> keys = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        String[] f = line.split("\t", -1);
        if (!line.startsWith("#") && !line.isBlank()) keys.put(f[0], f.length > 1 && !f[1].isEmpty() ? f[1] : null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new SeedGold(id, keys);
  }

  /** The seed parsed by the document package's PlanParser. */
  Plan plan() {
    Path file = PLANS.resolve(id + ".txt");
    try {
      return new PlanParser().parse(ExtractedText.ofPlainText(id, Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
