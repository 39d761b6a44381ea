package vn.cancu.reliability;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.ingest.HostileCorpus;
import vn.cancu.ingest.SourceIds;
import vn.cancu.search.Hit;
import vn.cancu.search.SearchPage;
import vn.cancu.search.SearchRequest;
import vn.cancu.search.SearchService;

/**
 * The whole pipeline (ingest → parse → cite → index → search) over the five seeds plus hostile and
 * broken files, through the real {@code cancu index} command in a child JVM limited to {@value
 * ChildCli#HEAP}: every hostile file is indexed intact or reported with its reason, every seed is
 * indexed and searchable, and the run stays within the small heap (a 50 MB text file included).
 */
class HostileCorpusTest {
  private static final Pattern PLANS_LINE = Pattern.compile("(?m)^plans: (\\d+), clauses: (\\d+)");

  @TempDir Path tmp;

  @Test
  void hostileFilesAreIndexedOrReportedAndTheSeedsStaySearchable() throws Exception {
    Path plans = Files.createDirectories(tmp.resolve("corpus/plans"));
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("corpus", "plans"))) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path seed : seeds) Files.copy(seed, plans.resolve(seed.getFileName()));
    List<HostileCorpus.Case> cases = HostileCorpus.write(plans);

    ChildCli.Result run = new ChildCli(tmp).run(600, "index", "--corpus", tmp.resolve("corpus").toString(),
        "--index", tmp.resolve("index").toString());

    assertEquals(0, run.exitCode(), () -> "index failed:\n" + run.stdout() + run.stderr());
    assertFalse(run.stderr().contains("could not find a logging provider"), run.stderr());
    assertFalse(run.stderr().contains("Exception"), run.stderr());
    Map<String, String> skipped = skipReasons(run.stdout(), plans);
    long indexedCases = cases.stream().filter(HostileCorpus.Case::indexed).count();
    Matcher counts = PLANS_LINE.matcher(run.stdout());
    assertTrue(counts.find(), run.stdout());
    assertEquals(seeds.size() + indexedCases, Integer.parseInt(counts.group(1)), run.stdout());

    try (SearchService search = SearchService.open(tmp.resolve("index"))) {
      List<Executable> checks = new ArrayList<>();
      for (HostileCorpus.Case c : cases) {
        checks.add(() -> {
          String reason = skipped.get(c.fileName());
          if (c.indexed()) {
            assertNull(reason, c.what() + " was skipped");
            SearchPage page = search.search(SearchRequest.of(c.marker() + " \"" + HostileCorpus.PHRASE + "\""));
            assertEquals(List.of(c.sourceId()), page.hits().stream().map(Hit::doc).distinct().toList(), c.what());
          } else {
            assertNotNull(reason, c.what() + " was neither indexed nor reported");
            assertTrue(reason.matches(c.skipReason()), c.what() + ": " + reason);
          }
        });
      }
      for (Path seed : seeds) {
        checks.add(() -> {
          // The readable hostile files are copies of one seed: look past them.
          SearchPage page = search.search(new SearchRequest('"' + longestLinePhrase(seed) + '"', Map.of(), 0, 100));
          assertTrue(page.hits().stream().anyMatch(h -> h.doc().equals(SourceIds.fromFileName(seed.getFileName().toString()))),
              seed + " not found");
        });
      }
      assertAll(checks.stream());
    }
    System.out.printf("hostile corpus: %d hostile inputs + %d seeds, %d indexed, %d skipped with a reason, heap %s%n",
        cases.size(), seeds.size(), indexedCases, skipped.size(), ChildCli.HEAP);
  }

  /** "  skipped /abs/path/plans/NAME: reason" → NAME → reason. */
  private static Map<String, String> skipReasons(String stdout, Path plans) {
    Map<String, String> out = new LinkedHashMap<>();
    String prefix = "  skipped " + plans.toAbsolutePath().normalize() + "/";
    for (String line : stdout.split("\n")) {
      if (!line.startsWith(prefix)) continue;
      String rest = line.substring(prefix.length());
      int colon = rest.indexOf(": ");
      out.put(rest.substring(0, colon), rest.substring(colon + 2));
    }
    return out;
  }

  /** Eight words of the seed's longest line after its first three (an outline label is not clause text). */
  private static String longestLinePhrase(Path seed) throws Exception {
    String longest = Files.readAllLines(seed).stream().max((a, b) -> a.length() - b.length()).orElseThrow();
    String[] words = longest.replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+");
    return String.join(" ", List.of(words).subList(3, 11));
  }
}
