package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.document.Clause;
import vn.cancu.document.Plan;
import vn.cancu.index.Corpus;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.Indexer;
import vn.cancu.index.Progress;
import vn.cancu.search.SearchService;

/**
 * The seed plans plus a commune plan on public disclosure, with the directive full texts of
 * ../shared/directives when present, indexed on disk: inferred links and task → directives.
 */
class IndexedBasisTest {
  @TempDir static Path tmp;
  static boolean directives;
  static Corpus corpus;
  static CorpusBasis basis;
  static SearchService search;

  @BeforeAll
  static void index() throws IOException {
    Path plans = Files.createDirectories(tmp.resolve("corpus/plans"));
    Path texts = Files.createDirectories(tmp.resolve("corpus/directives"));
    copyAll(Seeds.PLANS, plans);
    Files.copy(Path.of("src/test/resources/graph/xa-cong-khai.txt"), plans.resolve("xa-cong-khai.txt"));
    directives = Files.isDirectory(Seeds.SHARED_DIRECTIVES);
    if (directives) copyAll(Seeds.SHARED_DIRECTIVES, texts);
    Path index = tmp.resolve("index");
    corpus = new Indexer(new IndexLayout(index), Progress.NONE).index(tmp.resolve("corpus")).corpus();
    basis = CorpusBasis.open(corpus, index);
    search = SearchService.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    if (search != null) search.close();
    if (basis != null) basis.close();
  }

  private static void copyAll(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
    }
  }

  @Test
  void aCommuneDisclosureClauseGetsTheDisclosureArticleOfTheLaw() {
    assumeTrue(directives, "../shared/directives is absent: no directive full texts to infer articles from");
    List<BasisLink> links = basis.links("xa-cong-khai", "II.1");
    BasisLink law = links.stream()
        .filter(l -> l.kind() == BasisKind.INFERRED && l.key().equals("10/2022/QH15"))
        .findFirst().orElseThrow(() -> new AssertionError("no inferred link to 10/2022/QH15: " + links));
    Evidence article = law.evidence().get(0);
    assertEquals("10/2022/QH15", article.doc());
    assertEquals("Điều 11", article.part());
    assertTrue(article.text().contains("cấp xã phải công khai"), article.text());
    assertTrue(law.score() >= InferredBasis.MIN_ARTICLE && law.score() <= 1, "score " + law.score());
  }

  @Test
  void inferredLinksComeAfterStatedOnesAndEveryClauseKeepsItsStatedBasis() {
    for (Plan p : corpus.plans().values()) {
      for (Clause c : p.allClauses()) {
        List<BasisLink> links = basis.links(p.id(), c.id());
        assertFalse(links.isEmpty() || !links.get(0).kind().stated(), p.id() + " " + c.id() + " lacks a stated basis");
        boolean inferred = false;
        for (BasisLink l : links) {
          if (l.kind() == BasisKind.INFERRED) inferred = true;
          else assertFalse(inferred, p.id() + " " + c.id() + ": a stated link after an inferred one");
        }
      }
    }
  }

  @Test
  void aSimilarClauseElsewhereSuggestsWhatItCites() {
    // Đình Lập III.2-1 cites nothing; Lạng Sơn's clause on the same work cites Quyết định 320-QĐ/TU.
    String commune = corpus.plans().keySet().stream().filter(id -> id.startsWith("lang-son_dinh-lap")).findFirst().orElseThrow();
    List<BasisLink> links = basis.links(commune, "III.2-1");
    BasisLink qd = links.stream().filter(l -> l.key().equals("320-QĐ/TU@lang-son")).findFirst()
        .orElseThrow(() -> new AssertionError("no co-citation suggestion: " + links));
    assertEquals(BasisKind.INFERRED, qd.kind());
    assertTrue(qd.evidence().stream().noneMatch(e -> e.doc().equals(commune)), "evidence comes from other plans");
  }

  @Test
  void aPlanOrAClauseIsInferredWhenFirstAskedForAndAClosedBasisAnswersWithWhatThePlanStates() throws IOException {
    String commune = corpus.plans().keySet().stream().filter(id -> id.startsWith("lang-son_dinh-lap")).findFirst().orElseThrow();
    PlanBasis stated = CorpusBasis.stated(corpus).plan(commune);
    try (CorpusBasis fresh = CorpusBasis.open(corpus, tmp.resolve("index"))) {
      for (Clause c : corpus.plans().get(commune).allClauses()) {
        assertEquals(basis.plan(commune).links(c.id()), fresh.links(commune, c.id()), "clause " + c.id() + " inferred alone");
      }
      assertEquals(basis.plan(commune), fresh.plan(commune), "the same answer whichever basis computed it first");
      fresh.close(); // the generation is let go; what was inferred stays
      assertEquals(basis.plan(commune), fresh.plan(commune));
      String other = corpus.plans().keySet().stream().filter(id -> !id.equals(commune)).findFirst().orElseThrow();
      assertEquals(CorpusBasis.stated(corpus).plan(other), fresh.plan(other), "not inferred before the close");
    }
    assertTrue(basis.plan(commune).links("III.2-1").size() > stated.links("III.2-1").size(), "the open basis infers");
  }

  @Test
  void tiepCongDanRanksTheLawThePartyDirectiveAndTheProvincialRuleOnTop() {
    BasisFinder.TaskBasis answer = new BasisFinder(search, basis, corpus.catalog()).find("tiếp công dân", 10);
    List<String> top = answer.directives().stream().limit(6).map(RankedDirective::key).toList();
    for (String key : List.of("42/2013/QH13", "35-CT/TW", "320-QĐ/TU@lang-son")) {
      assertTrue(top.contains(key), key + " not in the top 6: " + top);
      RankedDirective d = answer.directives().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
      assertEquals(BasisKind.EXPLICIT, d.strongest());
      assertFalse(d.clauses().isEmpty());
      assertTrue(d.clauses().get(0).clause().text().toLowerCase().replaceAll("\\s+", " ").contains("tiếp công dân"),
          key + " justified by: " + d.clauses().get(0).clause().text());
    }
    RankedDirective law = answer.directives().stream().filter(x -> x.key().equals("42/2013/QH13")).findFirst().orElseThrow();
    assertTrue(law.label().startsWith("Luật"), law.label());
  }

  @Test
  void anUnrelatedTaskFindsNothing() {
    BasisFinder.TaskBasis answer = new BasisFinder(search, basis, corpus.catalog()).find("tàu vũ trụ sao hỏa", 10);
    assertEquals(0, answer.clauses());
    assertTrue(answer.directives().isEmpty());
  }
}
