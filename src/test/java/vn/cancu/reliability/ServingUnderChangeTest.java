package vn.cancu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.ingest.HostileCorpus;

/**
 * Searches keep succeeding while the corpus is re-indexed twice underneath the running server (a
 * file added, then one changed, each published through POST /api/admin/reindex), the new text
 * becomes searchable, and replaced generations are let go: no open file of a deleted generation
 * remains and the number of open files stays bounded.
 */
class ServingUnderChangeTest {
  static final String TOKEN = "reliability-" + System.nanoTime();
  static final int MIN_SEARCHES = 200;
  static final List<String> QUERIES = List.of("dân vận chính quyền", "33/CT-TTg", "dan van kheo", "\"cải cách hành chính\"",
      "nghị quyết 25", "zqmoi", "zqdoi");

  @TempDir Path tmp;

  @Test
  void searchesSucceedWhileTheCorpusIsReindexedTwice() throws Exception {
    Path corpus = ServedCorpus.copySeeds(tmp.resolve("corpus"));
    Path plans = corpus.resolve("plans");
    Path index = tmp.resolve("index");
    try (ServedCorpus served = new ServedCorpus(corpus, index, TOKEN)) {
      served.get("/api/search?q=" + enc("dân vận")); // open the first generation before counting files
      long filesBefore = openFiles();
      AtomicBoolean reindexing = new AtomicBoolean(true);
      CompletableFuture<List<Integer>> searches = CompletableFuture.supplyAsync(() -> {
        List<Integer> statuses = new ArrayList<>();
        try {
          for (int i = 0; reindexing.get() || i < MIN_SEARCHES; i++) {
            String q = enc(QUERIES.get(i % QUERIES.size()));
            statuses.add((i % 2 == 0 ? served.get("/api/search?q=" + q) : served.get("/search?q=" + q)).statusCode());
          }
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return statuses;
      });

      String seed = Files.readString(HostileCorpus.BASE, StandardCharsets.UTF_8);
      Files.writeString(plans.resolve("ke-hoach-moi.txt"),
          seed.replace(HostileCorpus.PHRASE + ".", HostileCorpus.PHRASE + ". Mô hình zqmoi."), StandardCharsets.UTF_8);
      HttpResponse<String> first = reindex(served);
      Path changed = plans.resolve(HostileCorpus.BASE.getFileName());
      Files.writeString(changed, seed.replace(HostileCorpus.PHRASE + ".", HostileCorpus.PHRASE + ". Mô hình zqdoi."),
          StandardCharsets.UTF_8);
      HttpResponse<String> second = reindex(served);
      reindexing.set(false);
      List<Integer> statuses = searches.get();

      assertEquals(200, first.statusCode(), first.body());
      assertEquals(200, second.statusCode(), second.body());
      List<Integer> failed = statuses.stream().filter(s -> s < 200 || s > 299).toList();
      assertEquals(List.of(), failed, "non-2xx answers among " + statuses.size());
      assertTrue(statuses.size() >= MIN_SEARCHES);
      assertTrue(served.get("/api/search?q=zqmoi").body().contains("ke-hoach-moi"), "the added plan is searchable");
      assertTrue(served.get("/api/search?q=zqdoi").body().contains("zqdoi"), "the changed plan is searchable");
      served.get("/api/search?q=" + enc("dân vận")); // a search switches to the newest generation
      assertEquals(List.of(), deletedIndexFilesStillOpen(index), "files of deleted generations are still open");
      long filesAfter = openFiles();
      assertTrue(filesAfter <= filesBefore + 32, "open files grew from " + filesBefore + " to " + filesAfter);
      System.out.printf("serving under change: %d searches during 2 re-indexes, 0 errors, open files %d → %d%n",
          statuses.size(), filesBefore, filesAfter);
    }
  }

  private static HttpResponse<String> reindex(ServedCorpus served) throws IOException, InterruptedException {
    HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + "/api/admin/reindex"))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build();
    return served.client.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static long openFiles() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }

  /** Open descriptors pointing into the index directory at files that no longer exist. */
  static List<String> deletedIndexFilesStillOpen(Path index) throws IOException {
    String root = index.toAbsolutePath().normalize().toString();
    List<String> out = new ArrayList<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith(root) && target.endsWith("(deleted)")) out.add(target);
        } catch (IOException gone) {
          // closed while listing
        }
      }
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
