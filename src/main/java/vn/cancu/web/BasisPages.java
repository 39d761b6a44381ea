package vn.cancu.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cancu.graph.BasisFinder;
import vn.cancu.graph.Evidence;
import vn.cancu.graph.RankedDirective;

/** {@code /basis} (task → directives, with the clauses behind each) and {@code /api/basis} (the same as JSON). */
final class BasisPages {
  static final int LIMIT = 10;
  static final int MAX_LIMIT = 50;

  /** One document on the page. */
  public record DirectiveRow(
      String url, String label, String citation, String strongest, String kindLabel, int plans, String score, List<ClauseRow> clauses) {}

  /** One clause behind a document. */
  public record ClauseRow(String url, String planTitle, String clauseId, String kind, String kindLabel, String snippet, String why) {}

  private final Services services;

  BasisPages(Services services) {
    this.services = services;
  }

  void page(Context ctx) {
    String task = Params.text(ctx, "task");
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Căn cứ cho nhiệm vụ");
    model.put("nav", "basis");
    model.put("task", task);
    model.put("maxQueryLength", WebSettings.MAX_QUERY_CHARS);
    if (!task.isEmpty()) {
      Site site = services.site().current();
      BasisFinder.TaskBasis answer = finder(site).find(task, LIMIT);
      model.put("clauses", answer.clauses());
      model.put("count", answer.directives().size());
      model.put("directives", answer.directives().stream().map(d -> row(d, site)).toList());
    }
    ctx.render("basis", model);
  }

  void json(Context ctx) {
    String task = Params.text(ctx, "task");
    if (task.isEmpty()) throw new BadRequestResponse("Thiếu tham số task", Map.of("detail", "task: nhập nội dung nhiệm vụ"));
    int limit = Params.integer(ctx, "limit", LIMIT, 1, MAX_LIMIT);
    ctx.json(finder(services.site().current()).find(task, limit));
  }

  private BasisFinder finder(Site site) {
    return new BasisFinder(services.search(), site.basis(), site.catalog());
  }

  private static DirectiveRow row(RankedDirective d, Site site) {
    List<ClauseRow> clauses = d.clauses().stream().map(e -> {
      String planId = e.clause().planId();
      String title = site.plan(planId).map(PlanTitles::of).orElse(planId);
      Evidence ev = e.link().evidence().get(0);
      String why = ev.text().isBlank() ? "" : "«" + ev.text() + "»";
      return new ClauseRow("/plans/" + Urls.segment(planId) + "#clause-" + e.clause().clauseId(), title, e.clause().clauseId(),
          e.link().kind().value(), Labels.of("basis", e.link().kind().value()), SnippetGuard.safe(e.clause().snippet()), why);
    }).toList();
    String url = site.graph().find(d.key()).filter(n -> n.kind().equals("plan"))
        .map(n -> "/plans/" + Urls.segment(n.id()))
        .orElse("/directives?key=" + Urls.query(d.key()));
    return new DirectiveRow(url, d.label(), d.citation(), d.strongest().value(), Labels.of("basis", d.strongest().value()),
        d.plans(), String.format(Locale.ROOT, "%.2f", d.score()), clauses);
  }
}
