package vn.cancu.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/** {@code /plans} and {@code /plans/{id}}. */
final class PlanPages {

  /** One row of the plans list. */
  public record PlanRow(String id, String number, String title, String issuer, String date, String province, int clauses, int citations) {}

  private final Services services;

  PlanPages(Services services) {
    this.services = services;
  }

  void list(Context ctx) {
    Site site = services.site().current();
    ctx.render("plans", Map.of("title", "Văn bản", "nav", "plans", "count", site.plans().size(),
        "plans", rows(site), "skipped", site.skipped()));
  }

  void show(Context ctx) {
    Site site = services.site().current();
    PlanView plan = site.planView(ctx.pathParam("id")).orElseThrow(() -> unknownPlan(ctx.pathParam("id")));
    ctx.render("plan", Map.of("title", plan.type() + " " + plan.title(), "nav", "plans", "plan", plan,
        "similar", WordingPages.similarBlock(site, ctx.pathParam("id"))));
  }

  static List<PlanRow> rows(Site site) {
    return site.plans().stream()
        .sorted(Comparator.comparing((Plan p) -> p.header().date(), Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Plan::id))
        .map(p -> row(p, site))
        .toList();
  }

  private static PlanRow row(Plan p, Site site) {
    Header h = p.header();
    return new PlanRow(p.id(), h.number(), h.title() == null || h.title().isBlank() ? p.id() : h.title(), h.issuer(),
        Dates.display(h.date()), Places.province(h.province()), p.allClauses().size(), site.citations(p.id()).size());
  }

  static NotFoundResponse unknownPlan(String id) {
    return new NotFoundResponse("Không tìm thấy văn bản", Map.of("id", id));
  }
}
