package vn.cancu.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cancu.wording.Problem;
import vn.cancu.wording.WordingIndex;

/**
 * Standard wording and draft checking: the {@code /wording}, {@code /lint} and {@code
 * /plans/{id}/compare/{other}} pages and their JSON API ({@code /api/wording/recurring}, {@code /api/wording}, {@code /api/documents/{id}/similar},
 * {@code /api/documents/{id}/compare/{other}}, {@code POST /api/lint}).
 */
final class WordingPages {
  static final int MAX_FAMILIES = 500;
  static final int PAGE_FAMILIES = 200;
  static final int PAGE_SIMILAR = 5;

  /** The plan page's "similar plans" block; pending while the lineage is still being built. */
  public record SimilarBlock(boolean pending, List<WordingViews.SimilarView> plans) {}

  private final Services services;

  WordingPages(Services services) {
    this.services = services;
  }

  void page(Context ctx) {
    Site site = services.site().current();
    String q = Params.text(ctx, "q");
    WordingIndex w = site.wording();
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Văn phong chuẩn");
    model.put("nav", "wording");
    model.put("q", q);
    model.put("maxQueryLength", WebSettings.MAX_QUERY_CHARS);
    site.catalog().find(q).filter(r -> !q.isEmpty())
        .ifPresent(r -> model.put("citation", new WordingViews.CitationView(r.standardCitation(), r.shortCitation())));
    if (q.isEmpty()) {
      List<WordingViews.FamilyView> families = w.recurring().stream().limit(PAGE_FAMILIES)
          .map(f -> WordingViews.family(f, site, null)).toList();
      model.put("families", families);
      model.put("recurringCount", w.recurring().size());
    } else {
      model.put("families", w.search(q, PAGE_FAMILIES).stream().map(h -> WordingViews.hit(h, site)).toList());
      model.put("searched", true);
    }
    ctx.render("wording", model);
  }

  void recurring(Context ctx) {
    int limit = Params.integer(ctx, "limit", 100, 1, MAX_FAMILIES);
    ctx.json(services.site().current().wording().recurring().stream().limit(limit).toList());
  }

  void search(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q.isEmpty()) throw new BadRequestResponse("Thiếu tham số q", Map.of("detail", "q: chủ đề hoặc câu cần tìm"));
    int limit = Params.integer(ctx, "limit", 20, 1, Api.MAX_LIMIT);
    ctx.json(services.site().current().wording().search(q, limit));
  }

  void similar(Context ctx) {
    Site site = services.site().current();
    String id = ctx.pathParam("id");
    site.plan(id).orElseThrow(() -> PlanPages.unknownPlan(id));
    int limit = Params.integer(ctx, "limit", 10, 1, Api.MAX_LIMIT);
    ctx.json(Map.of("id", id, "similar", site.lineage().similar(id, limit)));
  }

  void compare(Context ctx) {
    Site site = services.site().current();
    String id = ctx.pathParam("id"), other = ctx.pathParam("other");
    site.plan(id).orElseThrow(() -> PlanPages.unknownPlan(id));
    site.plan(other).orElseThrow(() -> PlanPages.unknownPlan(other));
    ctx.json(Map.of("id", id, "other", other, "clauses", site.lineage().compare(id, other)));
  }

  /**
   * The plan page's "similar plans" block. The page never waits for the lineage of the whole
   * corpus (tens of seconds at 10k plans): until it is built the block says so.
   */
  static SimilarBlock similarBlock(Site site, String planId) {
    return site.lineageIfReady()
        .map(l -> new SimilarBlock(false,
            l.similar(planId, PAGE_SIMILAR).stream().map(s -> WordingViews.similar(planId, s, site)).toList()))
        .orElseGet(() -> new SimilarBlock(true, List.of()));
  }

  /** {@code /plans/{id}/compare/{other}}: the two plans' clauses side by side with word diffs. */
  void comparePage(Context ctx) {
    Site site = services.site().current();
    String id = ctx.pathParam("id"), other = ctx.pathParam("other");
    site.plan(id).orElseThrow(() -> PlanPages.unknownPlan(id));
    site.plan(other).orElseThrow(() -> PlanPages.unknownPlan(other));
    ctx.render("compare", Map.of("title", "So sánh hai kế hoạch", "nav", "plans",
        "plan", WordingViews.title(id, site), "planUrl", "/plans/" + Urls.segment(id),
        "other", WordingViews.title(other, site), "otherUrl", "/plans/" + Urls.segment(other),
        "clauses", site.lineage().compare(id, other).stream().map(WordingViews::aligned).toList()));
  }

  void lintForm(Context ctx) {
    ctx.render("lint", lintModel("", null));
  }

  void lintSubmit(Context ctx) {
    String text = ctx.formParam("text");
    Params.bounded("text", text, WebSettings.MAX_DRAFT_CHARS);
    text = text == null ? "" : text;
    ctx.render("lint", lintModel(text, check(text)));
  }

  /** Offsets in the answer count chars of the body as sent, so the body is checked unstripped. */
  void lintJson(Context ctx) {
    String text = ctx.body();
    Params.bounded("body", text, WebSettings.MAX_DRAFT_CHARS);
    ctx.json(check(text));
  }

  private List<Problem> check(String text) {
    return text.isBlank() ? List.of() : services.site().current().draftChecker().checkDraft(text);
  }

  private static Map<String, Object> lintModel(String text, List<Problem> problems) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Kiểm tra dự thảo");
    model.put("nav", "lint");
    model.put("text", text);
    model.put("submitted", problems != null);
    model.put("maxDraftChars", WebSettings.MAX_DRAFT_CHARS);
    if (problems != null) {
      model.put("problems", problems.stream().map(WordingViews::problem).toList());
      model.put("problemCount", problems.size());
    }
    return model;
  }
}
