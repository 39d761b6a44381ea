package vn.cancu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.IndexLock;
import vn.cancu.search.SearchRequest;
import vn.cancu.search.SearchService;

/**
 * Crash safety of the real {@code cancu index} command in child JVMs over 300 generated plans:
 * SIGKILL at several moments (fixed delays, and as each phase starts) leaves the previous index
 * searchable with the same counts, the next run completes and reuses the intact manifest, and a
 * second concurrent run fails fast on the lock without harming the first.
 */
class CrashSafetyTest {
  static final int PLANS = 300;
  static final int ADDED = 30;
  static final int CHANGED = 100;
  static final List<String> QUERIES =
      List.of("dân vận chính quyền", "33/CT-TTg", "\"cải cách hành chính\"", "nghi quyet trung uong", "Nghệ An");
  static final String LOCK_MESSAGE = "another indexing run is writing";

  @TempDir Path tmp;

  @Test
  void killedRunsLeaveThePreviousIndexAndConcurrentRunsFailOnTheLock() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path plans = Files.createDirectories(corpus.resolve("plans"));
    Path index = tmp.resolve("index");
    SyntheticCorpus synthetic = new SyntheticCorpus(Path.of("corpus", "plans"), 2026);
    List<Path> files = synthetic.write(plans, "ke-hoach", PLANS);
    ChildCli cli = new ChildCli(tmp);
    String[] indexArgs = {"index", "--corpus", corpus.toString(), "--index", index.toString()};

    ChildCli.Result first = cli.run(600, indexArgs);
    assertEquals(0, first.exitCode(), first.stderr());
    assertTrue(first.stdout().contains("plans: " + PLANS + ","), first.stdout());
    String published = current(index);
    Map<String, Long> before = totals(index);

    // Changes the next run must reprocess: 30 new plans, 100 longer ones.
    synthetic.write(plans, "ke-hoach-moi", ADDED);
    for (Path f : files.subList(0, CHANGED)) {
      Files.writeString(f, synthetic.paragraph() + "\n\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    int kills = 0;
    for (String when : List.of("500", "1000", "2000", "Reading corpus", "Indexing")) {
      ChildCli.Run run = cli.start(indexArgs);
      if (when.chars().allMatch(Character::isDigit)) {
        Thread.sleep(Long.parseLong(when));
      } else {
        awaitOutput(run, when);
      }
      assertTrue(run.process().isAlive(), "the run ended before the kill at " + when + ": " + run.stderr());
      run.kill();
      kills++;
      assertEquals(published, current(index), "CURRENT moved after a kill at " + when);
      assertEquals(before, totals(index), "searches changed after a kill at " + when);
    }

    // The run that completes, with a second one started while it holds the lock.
    ChildCli.Run completing = cli.start(indexArgs);
    awaitOutput(completing, "Reading corpus");
    ChildCli.Result second = cli.run(120, indexArgs);
    assertTrue(completing.process().isAlive(), "the first run ended before the second tried the lock");
    assertEquals(1, second.exitCode(), second.stdout() + second.stderr());
    assertTrue(second.stderr().contains(LOCK_MESSAGE), second.stderr());
    ChildCli.Result done = completing.finish(600);
    assertEquals(0, done.exitCode(), done.stderr());
    assertTrue(done.stdout().contains("files: " + (PLANS + ADDED) + " (" + (PLANS + ADDED) + " ok, 0 skipped);"
        + " reprocessed " + (ADDED + CHANGED) + ", rehashed 0, reused " + (PLANS - CHANGED) + ", removed 0"), done.stdout());
    assertNotEquals(published, current(index));
    Map<String, Long> after = totals(index);
    assertTrue(after.get(QUERIES.get(0)) > before.get(QUERIES.get(0)), after + " vs " + before);
    assertTrue(generations(index) <= 2, "crashed generations left behind: " + generations(index));

    // A lock held by another process (this JVM) stops a run at once.
    try (IndexLock held = new IndexLayout(index).lock()) {
      ChildCli.Result blocked = cli.run(120, indexArgs);
      assertEquals(1, blocked.exitCode(), blocked.stderr());
      assertTrue(blocked.stderr().contains(LOCK_MESSAGE + " " + index.toAbsolutePath().normalize()), blocked.stderr());
    }
    assertEquals(after, totals(index));
    System.out.printf("crash safety: %d plans, %d SIGKILLs survived, 2 lock conflicts refused, %d generations kept%n",
        PLANS + ADDED, kills, generations(index));
  }

  private static String current(Path index) throws IOException {
    return Files.readString(index.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
  }

  private static long generations(Path index) throws IOException {
    try (Stream<Path> list = Files.list(index)) {
      return list.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
    }
  }

  /** Each query's total hits, from a fresh service, as a reader opening the index after the crash would. */
  private static Map<String, Long> totals(Path index) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (SearchService search = SearchService.open(index)) {
      for (String q : QUERIES) out.put(q, search.search(SearchRequest.of(q)).total());
    }
    return out;
  }

  /** Waits until the child's stderr shows {@code text} (a progress bar's task name). */
  private static void awaitOutput(ChildCli.Run run, String text) throws Exception {
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!run.stderr().contains(text)) {
      assertTrue(run.process().isAlive(), "the run ended before showing '" + text + "': " + run.stderr());
      assertTrue(System.nanoTime() < deadline, "no '" + text + "' from the run: " + run.stderr());
      Thread.sleep(20);
    }
  }
}
