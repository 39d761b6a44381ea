package vn.cancu.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cancu.cite.Article;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.CitingClause;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Plan;
import vn.cancu.document.Span;

/**
 * A catalogue record as its page shows it: citations, the plans citing it with the citing words in
 * context, and the documents co-cited in the same clauses.
 */
public record DirectiveView(
    String key,
    String label,
    String citation,
    String type,
    String symbol,
    String date,
    String issuer,
    String scope,
    String subject,
    int mentions,
    int planCount,
    List<String> variants,
    List<PlanGroup> citedBy,
    List<Related> related,
    List<ArticleView> articles) {

  static final int MAX_RELATED = 30;

  public record PlanGroup(String planId, String planTitle, List<CitingView> clauses) {}

  public record CitingView(String url, String where, Integer footnote, String before, String match, String after) {}

  public record Related(String key, String label, String citation, int count) {}

  /** One article of the document's full text, when the corpus holds it. */
  public record ArticleView(int number, String heading, List<String> paragraphs) {}

  /**
   * @param plans the plan of an id, or null
   * @param text the document's full text from the corpus, or null
   */
  static DirectiveView of(DirectiveRecord r, Catalog catalog, Function<String, Plan> plans, DirectiveText text) {
    Map<String, List<CitingClause>> byPlan =
        r.citedBy().stream().collect(Collectors.groupingBy(CitingClause::planId, LinkedHashMap::new, Collectors.toList()));
    List<PlanGroup> groups = new ArrayList<>();
    byPlan.forEach(
        (planId, citing) -> {
          Plan plan = plans.apply(planId);
          if (plan == null) return; // the catalogue outlived the plan: nothing to show or link
          groups.add(new PlanGroup(planId, PlanTitles.of(plan), citing.stream().map(c -> citing(plan, c)).toList()));
        });
    return new DirectiveView(
        r.scopedKey(),
        r.shortCitation(),
        r.standardCitation(),
        r.type().vietnamese(),
        r.number() == null ? null : r.key(),
        Dates.display(r.date()),
        r.issuer(),
        r.scope() == null ? null : Places.province(r.scope()),
        r.subject(),
        r.mentionCount(),
        byPlan.size(),
        r.variants(),
        groups,
        related(r, catalog),
        text == null ? List.of() : text.articles().stream().map(DirectiveView::article).toList());
  }

  private static ArticleView article(Article a) {
    return new ArticleView(a.number(), a.heading(), a.text().lines().filter(l -> !l.isBlank()).toList());
  }

  private static CitingView citing(Plan plan, CitingClause c) {
    String url = "/plans/" + Urls.segment(plan.id()) + (c.clauseId() == null ? "" : "#clause-" + c.clauseId());
    Clause clause = c.clauseId() == null ? null : plan.clause(c.clauseId()).orElse(null);
    String where = clause == null ? "Phần căn cứ" : "Mục " + clause.id() + (clause.heading().isBlank() ? "" : " " + clause.heading());
    Span bounds =
        c.footnote() != null
            ? plan.footnotes().stream().filter(f -> f.marker() == c.footnote()).map(Footnote::span).findFirst().orElse(whole(plan))
            : clause != null ? clause.span() : whole(plan);
    Excerpt e = Excerpt.of(plan.text(), c.start(), c.end(), bounds);
    return new CitingView(url, where, c.footnote(), e.before(), e.match(), e.after());
  }

  private static Span whole(Plan plan) {
    return new Span(0, plan.text().length());
  }

  /** Documents cited in the same clauses (or basis paragraphs), most often first. */
  private static List<Related> related(DirectiveRecord r, Catalog catalog) {
    Set<String> places = r.citedBy().stream().map(DirectiveView::place).collect(Collectors.toSet());
    Map<DirectiveRecord, Integer> counts = new HashMap<>();
    for (DirectiveRecord other : catalog.records()) {
      if (other.scopedKey().equals(r.scopedKey())) continue;
      int shared = (int) other.citedBy().stream().map(DirectiveView::place).distinct().filter(places::contains).count();
      if (shared > 0) counts.put(other, shared);
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<DirectiveRecord, Integer>comparingByValue().reversed().thenComparing(en -> en.getKey().scopedKey()))
        .limit(MAX_RELATED)
        .map(en -> new Related(en.getKey().scopedKey(), en.getKey().shortCitation(), en.getKey().standardCitation(), en.getValue()))
        .toList();
  }

  // A clause of a plan, or the plan's basis part when the mention is outside every clause.
  private static String place(CitingClause c) {
    return c.planId() + "\u0000" + Objects.requireNonNullElse(c.clauseId(), "");
  }
}
