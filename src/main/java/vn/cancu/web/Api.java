package vn.cancu.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;
import vn.cancu.search.SearchPage;
import vn.cancu.search.SearchRequest;

/** The JSON API under {@code /api}; every handler reads params, calls a service, answers JSON. */
final class Api {

  static final int MAX_LIMIT = 100;

  /** A search hit as the CLI prints it, plus its kind and the page that shows it. */
  public record ApiHit(String doc, String clause, String kind, String title, String text, String snippet, float score, String url) {}

  public record ApiSearch(long total, List<ApiHit> hits, Map<String, List<SearchPage.FacetCount>> facets, String suggestion, long tookMs) {}

  public record DocumentSummary(String id, String type, String number, String title, String issuer, String date,
      String province, String level, int clauses, int citations) {}

  public record Document(String id, String type, String number, String title, String issuer, String parentIssuer,
      String place, String date, String province, String level, List<PlanView.BasisView> basis, List<PlanView.ClauseView> clauses) {}

  public record DirectiveSummary(String key, String type, Integer year, String shortCitation, String standardCitation,
      int mentionCount, int plans) {}

  public record Health(String status, String generation, int plans, int clauses, int directives, int citations, int skipped) {}

  private final Services services;
  private final byte[] openApi;

  Api(Services services) {
    this.services = services;
    this.openApi = resource("/web/openapi.json");
  }

  void search(Context ctx) {
    String q = Params.text(ctx, "q");
    int limit = Params.integer(ctx, "limit", 10, 1, MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET);
    SearchPage page = services.search().search(new SearchRequest(q, Facets.filters(ctx), offset, limit));
    List<ApiHit> hits = page.hits().stream()
        .map(h -> new ApiHit(h.doc(), h.clause(), h.kind(), h.title(), h.text(), SnippetGuard.safe(h.snippet()), h.score(), SearchView.url(h)))
        .toList();
    ctx.json(new ApiSearch(page.total(), hits, page.facets(), page.suggestion(), page.tookMs()));
  }

  void documents(Context ctx) {
    Site site = services.site().current();
    ctx.json(site.plans().stream().map(p -> summary(p, site)).toList());
  }

  void document(Context ctx) {
    Site site = services.site().current();
    String id = ctx.pathParam("id");
    Plan p = site.plan(id).orElseThrow(() -> PlanPages.unknownPlan(id));
    PlanView view = site.planView(id).orElseThrow();
    Header h = p.header();
    ctx.json(new Document(p.id(), h.type(), h.number(), h.title(), h.issuer(), h.parentIssuer(), h.place(),
        h.date() == null ? null : h.date().toString(), h.province(), h.level(), view.basis(), view.clauses()));
  }

  void directives(Context ctx) {
    Site site = services.site().current();
    String key = Params.text(ctx, "key");
    if (key.isEmpty()) {
      ctx.json(site.catalog().records().stream()
          .map(r -> new DirectiveSummary(r.scopedKey(), r.type().vietnamese(), r.year(), r.shortCitation(), r.standardCitation(),
              r.mentionCount(), (int) r.citedBy().stream().map(c -> c.planId()).distinct().count()))
          .toList());
      return;
    }
    DirectiveRecord r = site.catalog().find(key).orElseThrow(() -> DirectivePages.unknownDirective(key));
    ctx.json(directive(r));
  }

  void health(Context ctx) {
    ctx.json(health(services.site().current()));
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  /** Re-reads the corpus and re-indexes; only with the configured admin token as a Bearer header. */
  void reindex(Context ctx) throws Exception {
    String token = services.settings().adminToken();
    if (token == null) throw new ForbiddenResponse("Chức năng quản trị chưa được bật", Map.of("detail", "start the server with --admin-token or CANCU_ADMIN_TOKEN"));
    String given = ctx.header("Authorization");
    byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse("Sai mã quản trị", Map.of("detail", "send Authorization: Bearer <token>"));
    }
    Site site = services.site().reload();
    services.search().refresh();
    ctx.json(health(site));
  }

  private Health health(Site site) {
    int clauses = site.plans().stream().mapToInt(p -> p.allClauses().size()).sum();
    return new Health("ok", services.search().generation(), site.plans().size(), clauses, site.catalog().records().size(),
        site.citationCount(), site.skipped().size());
  }

  private static DocumentSummary summary(Plan p, Site site) {
    Header h = p.header();
    return new DocumentSummary(p.id(), h.type(), h.number(), h.title(), h.issuer(), h.date() == null ? null : h.date().toString(),
        h.province(), h.level(), p.allClauses().size(), site.citations(p.id()).size());
  }

  /** The record's fields flattened, with its derived citations beside them. */
  private static Map<String, Object> directive(DirectiveRecord r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", r.scopedKey());
    out.put("symbol", r.key());
    out.put("type", r.type().vietnamese());
    out.put("number", r.number());
    out.put("year", r.year());
    out.put("date", r.date() == null ? null : r.date().toString());
    out.put("issuer", r.issuer());
    out.put("scope", r.scope());
    out.put("name", r.name());
    out.put("subject", r.subject());
    out.put("variants", r.variants());
    out.put("mentionCount", r.mentionCount());
    out.put("standardCitation", r.standardCitation());
    out.put("shortCitation", r.shortCitation());
    out.put("citedBy", r.citedBy());
    return out;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
