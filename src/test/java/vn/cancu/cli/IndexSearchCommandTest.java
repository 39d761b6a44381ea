package vn.cancu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cancu index} and {@code cancu search} through the command line, as a user runs them. */
class IndexSearchCommandTest {
  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  Path jsonlIndex() throws Exception {
    Path jsonl = tmp.resolve("docs.jsonl");
    Files.writeString(
        jsonl,
        """
        {"id":"d1","title":"Dân vận","text":"Phong trào thi đua Dân vận khéo ở cơ sở."}
        {"id":"d2","title":"Hướng dẫn","text":"Hướng dẫn thi hành <script>alert(1)</script> Luật Hòa giải ở cơ sở."}

        {"id":"d3","title":"Khác","text":"Tiếp công dân định kỳ."}
        """,
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Result r = run("index", "--jsonl", jsonl.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("plans: 3, clauses: 3, citations: 0, directives: 0, articles: 0"), r.out());
    return index;
  }

  @Test
  void searchPrintsJson() throws Exception {
    Path index = jsonlIndex();
    Result r = run("search", "--index", index.toString(), "--json", "--top", "5", "ở cơ sở");
    assertEquals(0, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(2, root.get("total").asInt());
    JsonNode hit = root.get("hits").get(0);
    assertEquals(List.of("doc", "clause", "title", "text", "snippet", "score"), fieldNames(hit));
    for (JsonNode h : root.get("hits")) {
      String stripped = h.get("snippet").asText().replace("<mark>", "").replace("</mark>", "");
      assertTrue(!stripped.contains("<") && !stripped.contains(">"), h.get("snippet").asText());
    }
  }

  @Test
  void batchPrintsATrecRun() throws Exception {
    Path index = jsonlIndex();
    Path queries = tmp.resolve("q.tsv");
    Files.writeString(queries, "q1\tdan van kheo\nq2\ttiếp công dân\n", StandardCharsets.UTF_8);
    Result r = run("search", "--index", index.toString(), "--batch", queries.toString(), "--format", "trec");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).matches("q1 Q0 d1 1 \\d+\\.\\d{6} cancu"), lines.get(0));
    assertTrue(lines.get(1).matches("q2 Q0 d3 1 \\d+\\.\\d{6} cancu"), lines.get(1));
  }

  @Test
  void badInputGivesOneLineErrors() throws Exception {
    Path index = jsonlIndex();
    Result bad = run("search", "--index", index.toString(), "\"dân vận");
    assertEquals(ExitCodes.USAGE, bad.code());
    assertEquals(
        "cancu search: bad query: thiếu dấu ngoặc kép đóng: cụm từ mở ở ký tự 1 chưa được đóng",
        bad.err().strip());
    Result missing = run("search", "--index", tmp.resolve("nowhere").toString(), "dân");
    assertEquals(ExitCodes.FAILED, missing.code());
    assertTrue(missing.err().strip().startsWith("cancu search: no index in "), missing.err());
    Result noCorpus = run("index", "--corpus", tmp.resolve("nothing").toString(), "--index", index.toString());
    assertEquals(ExitCodes.USAGE, noCorpus.code());
    assertTrue(noCorpus.err().strip().startsWith("cancu index: no such directory"), noCorpus.err());
  }

  @Test
  void indexingTheSeedCorpusPrintsASummary() {
    Result r = run("index", "--corpus", "corpus", "--index", tmp.resolve("seeds").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("files: 5 (5 ok, 0 skipped); reprocessed 5, rehashed 0, reused 0, removed 0\nplans: 5, clauses: "), r.out());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
