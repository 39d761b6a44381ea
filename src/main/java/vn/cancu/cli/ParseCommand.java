package vn.cancu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanJson;

/** {@code cancu parse [--json] FILE}: the structured plan, as an outline or as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Parse one plan and print its structure.")
public final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the structured plan as JSON.")
  boolean json;

  @Parameters(paramLabel = "FILE", description = "The plan file to parse.")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Plan> read = new PlanFiles().read(file, err);
    if (read.isEmpty()) {
      err.flush();
      return ExitCodes.FAILED;
    }
    Plan plan = read.get();
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(mapper.writeValueAsString(new PlanJson(mapper).toJson(plan)));
    } else {
      printOutline(plan, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printOutline(Plan plan, PrintWriter out) {
    Header h = plan.header();
    out.println(h.type() + (h.number() == null ? "" : " số " + h.number()) + (h.title() == null ? "" : ": " + h.title()));
    out.println("  issuer: " + h.issuer() + (h.parentIssuer() == null ? "" : " (" + h.parentIssuer() + ")")
        + ", province: " + h.province() + ", level: " + h.level());
    out.println("  place/date: " + h.place() + ", " + h.date());
    plan.basis().forEach(p -> out.println("  basis: " + abbreviate(p.text(), 100)));
    for (Clause c : plan.allClauses()) {
      int depth = c.id().split("[.-]").length - 1;
      String head = c.heading().isEmpty() ? abbreviate(c.text(), 80) : c.heading();
      out.println("  ".repeat(depth + 1) + c.id() + "  " + head + (c.footnotes().isEmpty() ? "" : "  [fn " + c.footnotes() + "]"));
    }
    for (Footnote f : plan.footnotes()) {
      out.println("  footnote " + f.marker() + " → " + f.clauseId() + ": " + abbreviate(f.text(), 80));
    }
    if (plan.signer() != null) {
      out.println("  signer: " + plan.signer().position() + " " + plan.signer().name());
    }
    out.println("  recipients: " + plan.recipients().size());
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
