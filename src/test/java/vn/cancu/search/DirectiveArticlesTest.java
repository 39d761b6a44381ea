package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.IndexSummary;
import vn.cancu.index.Indexer;
import vn.cancu.index.Progress;

/**
 * A directive's full text in corpus/directives/ is indexed article by article under its catalogue
 * key. Uses the Law on grassroots democracy from ../shared/directives (skips when absent).
 */
class DirectiveArticlesTest {
  static final Path LAW = Path.of("..", "shared", "directives", "10-2022-QH15.txt");

  @TempDir Path tmp;

  @Test
  void articlesOfAFullTextAreSearchableUnderTheirKey() throws Exception {
    assumeTrue(Files.isRegularFile(LAW), "needs " + LAW.toAbsolutePath() + " (the shared directive texts)");
    Path corpus = tmp.resolve("corpus");
    Path plans = Files.createDirectories(corpus.resolve("plans"));
    try (Stream<Path> seeds = Files.list(Path.of("corpus", "plans"))) {
      for (Path f : seeds.toList()) Files.copy(f, plans.resolve(f.getFileName()));
    }
    Files.createDirectories(corpus.resolve("directives"));
    Files.copy(LAW, corpus.resolve("directives").resolve(LAW.getFileName()));

    IndexSummary summary = new Indexer(new IndexLayout(tmp.resolve("index")), Progress.NONE).index(corpus).summary();
    assertEquals(List.of(), summary.skipped());
    assertTrue(summary.articles() > 0, "articles: " + summary.articles());

    try (SearchService service = SearchService.open(tmp.resolve("index"))) {
      SearchPage page =
          service.search(new SearchRequest("hội nghị cử tri", Map.of("kind", List.of("article")), 0, 10));
      assertFalse(page.hits().isEmpty());
      Hit first = page.hits().getFirst();
      assertEquals("10/2022/QH15", first.doc());
      assertTrue(first.clause().startsWith("Điều "), first.clause());
      assertTrue(first.title().contains("10/2022/QH15"), first.title());
    }
  }
}
