package vn.cancu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cancu.search.BadQueryException;
import vn.cancu.search.Hit;
import vn.cancu.search.SearchPage;
import vn.cancu.search.SearchRequest;
import vn.cancu.search.SearchService;

/** {@code cancu search}: one query (text or JSON), or a batch of queries as a TREC run. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index: words, \"quoted phrases\", -exclusions, document numbers (33/CT-TTg).")
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", defaultValue = "index", description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Option(names = "--top", defaultValue = "10", description = "How many hits (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--batch", description = "A TSV file of qid<TAB>query lines to run.")
  Path batch;

  @Option(names = "--format", defaultValue = "trec", description = "Batch output format: trec.")
  String format;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query.")
  String query;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((batch == null) == (query == null)) {
      err.println("cancu search: give either a QUERY or --batch FILE");
      return ExitCodes.USAGE;
    }
    if (!"trec".equals(format)) {
      err.println("cancu search: unknown --format " + format + " (known: trec)");
      return ExitCodes.USAGE;
    }
    try (SearchService service = SearchService.open(index)) {
      if (batch != null) return runBatch(service, out, err);
      SearchPage page = service.search(new SearchRequest(query, Map.of(), 0, top));
      if (json) printJson(page, out);
      else printText(page, out);
      return ExitCodes.OK;
    } catch (BadQueryException e) {
      err.println("cancu search: bad query: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IllegalStateException e) {
      err.println("cancu search: " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }

  private int runBatch(SearchService service, PrintWriter out, PrintWriter err) throws Exception {
    int failed = 0;
    try (BufferedReader in = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        String[] cols = line.split("\t", 2);
        if (cols.length < 2) {
          err.println(batch + ":" + number + ": expected qid<TAB>query");
          failed++;
          continue;
        }
        try {
          List<Hit> hits = service.search(new SearchRequest(cols[1], Map.of(), 0, top)).hits();
          for (int rank = 0; rank < hits.size(); rank++) {
            Hit h = hits.get(rank);
            String docId = h.clause() == null || h.clause().equals(vn.cancu.index.JsonlCollection.CLAUSE_ID) ? h.doc() : h.doc() + "#" + h.clause();
            out.printf(Locale.ROOT, "%s Q0 %s %d %.6f cancu%n", cols[0], docId, rank + 1, h.score());
          }
        } catch (BadQueryException e) {
          err.println(batch + ":" + number + ": bad query: " + e.getMessage());
          failed++;
        }
      }
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static void printJson(SearchPage page, PrintWriter out) throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("total", page.total());
    root.put(
        "hits",
        page.hits().stream()
            .map(
                h -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("doc", h.doc());
                  m.put("clause", h.clause());
                  m.put("title", h.title());
                  m.put("text", h.text());
                  m.put("snippet", h.snippet());
                  m.put("score", h.score());
                  return m;
                })
            .toList());
    if (page.suggestion() != null) root.put("suggestion", page.suggestion());
    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
  }

  private static void printText(SearchPage page, PrintWriter out) {
    out.printf("%d hits (%d ms)%n", page.total(), page.tookMs());
    if (page.suggestion() != null) out.println("Có phải bạn muốn tìm: " + page.suggestion());
    for (Hit h : page.hits()) {
      out.printf(Locale.ROOT, "%n%.4f  %s%s  %s%n", h.score(), h.doc(), h.clause() == null ? "" : " " + h.clause(), h.title());
      out.println("  " + h.snippet().replace("\n", " "));
    }
  }
}
