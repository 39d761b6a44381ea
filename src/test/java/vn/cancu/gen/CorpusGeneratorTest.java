package vn.cancu.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.ingest.ExtractedText;

/** The generator on the real seed plans: same seed same bytes, and its plans parse back to what was generated. */
class CorpusGeneratorTest {
  private static SeedMaterial material;

  @BeforeAll
  static void seeds() {
    material = SeedMaterial.from(Path.of("corpus/plans"));
  }

  private static List<CorpusGenerator.Generated> generate(int n, long seed) {
    List<CorpusGenerator.Generated> out = new ArrayList<>();
    new CorpusGenerator(material).generate(n, seed, out::add);
    return out;
  }

  @Test
  void sameSeedWritesSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    new CorpusGenerator(material).write(15, 42, a);
    new CorpusGenerator(SeedMaterial.from(Path.of("corpus/plans"))).write(15, 42, b);
    List<Path> files = list(a.resolve("plans"));
    assertEquals(15, files.size());
    assertEquals(files.stream().map(Path::getFileName).toList(),
        list(b.resolve("plans")).stream().map(Path::getFileName).toList());
    for (Path f : files) assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve("plans").resolve(f.getFileName())), f.toString());
  }

  @Test
  void otherSeedOtherPlans() {
    assertNotEquals(generate(5, 1).stream().map(CorpusGenerator.Generated::text).toList(),
        generate(5, 2).stream().map(CorpusGenerator.Generated::text).toList());
  }

  @Test
  void plansParseBackWithTheirHeaderOutlineAndCitations() {
    PlanParser parser = new PlanParser();
    CitationExtractor extractor = new CitationExtractor();
    int communes = 0;
    for (CorpusGenerator.Generated g : generate(30, 7)) {
      GeneratedPlan spec = g.plan();
      Plan plan = parser.parse(ExtractedText.ofPlainText(spec.id(), g.text()));
      String where = spec.id() + "\n" + g.text();
      assertEquals(spec.number(), plan.header().number(), where);
      assertEquals(spec.date(), plan.header().date(), where);
      assertEquals(spec.provinceSlug(), plan.header().province(), where);
      assertEquals(spec.level(), plan.header().level(), where);
      assertEquals(spec.sectionCount(), plan.clauses().size(), where);
      assertEquals(spec.basis().size(), plan.basis().size(), where);
      assertEquals(spec.footnotes().size(), plan.footnotes().size(), where);
      assertFalse(plan.recipients().isEmpty(), where);
      List<String> cited = extractor.extract(plan).stream().map(Citation::key).toList();
      assertFalse(cited.isEmpty(), where);
      if (spec.parentNumber() != null) {
        communes++;
        assertTrue(cited.contains(spec.parentNumber()), spec.parentNumber() + " not in " + cited + "\n" + where);
      }
    }
    assertTrue(communes > 15, "most plans are commune plans: " + communes);
  }

  @Test
  void symbolSpellingsFollowTheSeeds() {
    int[] counts = material.symbols().counts();
    // The seeds mostly use the prescribed "18-NQ/TW"; the state style "05/CT-TU" occurs too.
    assertTrue(counts[SymbolStyles.Style.CANONICAL.ordinal()] > counts[SymbolStyles.Style.STATE.ordinal()]);
    assertTrue(counts[SymbolStyles.Style.STATE.ordinal()] > 1);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
