package vn.cancu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.cite.Flag;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/** {@code cancu cite [--json] FILE...}: every citation in each plan, with its key, clause and flags. */
@Command(name = "cite", mixinStandardHelpOptions = true,
    description = "List the documents each plan cites (one entry per mention).")
public final class CiteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array, one object per file.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plan files (TXT, DOCX, PDF, HTML, ODT, DOC).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanFiles plans = new PlanFiles();
    CitationExtractor extractor = new CitationExtractor();
    List<Map<String, Object>> results = new ArrayList<>();
    int code = ExitCodes.OK;
    for (Path file : files) {
      Optional<Plan> read = plans.read(file, err);
      if (read.isEmpty()) {
        code = ExitCodes.FAILED;
        continue;
      }
      Plan plan = read.get();
      List<Citation> citations = extractor.extract(plan);
      if (json) results.add(toJson(file, plan, citations));
      else print(out, file, plan, citations);
    }
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
    }
    out.flush();
    err.flush();
    return code;
  }

  private static Map<String, Object> toJson(Path file, Plan plan, List<Citation> citations) {
    Header h = plan.header();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("number", h.number());
    doc.put("type", h.type());
    doc.put("date", h.date() == null ? null : h.date().toString());
    doc.put("issuer", h.issuer());
    doc.put("province", h.province());
    doc.put("title", h.title());
    List<Map<String, Object>> cs = new ArrayList<>();
    for (Citation c : citations) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", c.key());
      m.put("type", c.type().name());
      m.put("number", c.number());
      m.put("year", c.year());
      m.put("date", c.date() == null ? null : c.date().toString());
      m.put("issuer", c.issuer());
      m.put("scope", c.scope());
      m.put("name", c.name());
      m.put("subject", c.subject());
      m.put("written", c.written());
      m.put("start", c.start());
      m.put("end", c.end());
      m.put("clause", c.clause());
      m.put("footnote", c.footnote());
      m.put("relation", c.relation());
      List<Map<String, String>> flags = new ArrayList<>();
      for (Flag f : c.flags()) flags.add(Map.of("code", f.code(), "message", f.message()));
      m.put("flags", flags);
      cs.add(m);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("file", file.toString());
    o.put("document", doc);
    o.put("citations", cs);
    return o;
  }

  private static void print(PrintWriter out, Path file, Plan plan, List<Citation> citations) {
    out.println(file + ": " + citations.size() + " citations");
    for (Citation c : citations) {
      String where = c.clause() == null ? "-" : c.clause();
      if (c.footnote() != null) where += " fn" + c.footnote();
      String flags = c.flags().isEmpty() ? "" : "  [" + String.join(", ", c.flags().stream().map(Flag::code).toList()) + "]";
      out.println("  " + c.scopedKey() + "  " + c.relation() + "  " + where + flags);
    }
  }
}
