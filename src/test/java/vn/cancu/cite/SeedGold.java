package vn.cancu.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/**
 * The hand-annotated gold standard of the seed plans (cite/gold/&lt;seed-id&gt;.tsv): cited keys with
 * scope, plus the header facts a plan parser reads (#province, #number), used to build the Plan.
 */
record SeedGold(String id, String province, String number, Map<String, String> scopeByKey) {
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
    String province = null;
    String number = null;
    Map<String, String> keys = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#province")) province = f[1];
        else if (line.startsWith("#number")) number = f[1].isEmpty() ? null : f[1];
        else if (!line.startsWith("#") && !line.isBlank()) keys.put(f[0], f.length > 1 && !f[1].isEmpty() ? f[1] : null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new SeedGold(id, province, number, keys);
  }

  /** The seed as a Plan with only text and header: what the finder and extractor need. */
  Plan plan() {
    Path file = PLANS.resolve(id + ".txt");
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < offsets.length; i++) offsets[i] = i;
    Header h = new Header(null, null, number, null, null, "Kế hoạch", null, province, "tinh");
    return new Plan(id, text, offsets, h, List.of(), List.of(), List.of(), List.of(), null);
  }
}
