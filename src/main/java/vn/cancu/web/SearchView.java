package vn.cancu.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.index.Schema;
import vn.cancu.search.Hit;
import vn.cancu.search.SearchPage;

/** The search page's model: results with safe snippets, facet links, active filters and pager. */
public record SearchView(
    String q,
    boolean searched,
    long total,
    long tookMs,
    Suggestion suggestion,
    List<HitView> hits,
    List<FacetView> facets,
    List<ActiveFilter> activeFilters,
    Pager pager) {

  static final int PAGE_SIZE = 10;
  /** The last page a link may point to: the search service pages no deeper than its max offset. */
  static final int MAX_PAGE = vn.cancu.search.SearchRequest.MAX_OFFSET / PAGE_SIZE + 1;

  public record Suggestion(String text, String url) {}

  public record HitView(String url, String title, String meta, String snippet, List<BasisLink> chips) {}

  public record FacetView(String name, String label, List<FacetValue> values) {}

  public record FacetValue(String display, int count, String url, boolean active) {}

  public record ActiveFilter(String name, String value, String label, String display, String removeUrl) {}

  public record PageLink(int number, String url, boolean current) {}

  public record Pager(boolean showing, long from, long to, String prevUrl, String nextUrl, List<PageLink> pages) {}

  /** The page before any search: the form only (and any filters already chosen). */
  static SearchView empty(SearchUrl state, Catalog catalog) {
    return new SearchView(state.q(), false, 0, 0, null, List.of(), List.of(), active(state, catalog), new Pager(false, 0, 0, null, null, List.of()));
  }

  /** @param catalog names the cited documents of hits and of the "cited" facet */
  static SearchView of(SearchUrl state, SearchPage page, Catalog catalog) {
    List<HitView> hits =
        page.hits().stream()
            .map(h -> new HitView(url(h), title(h), meta(h), SnippetGuard.safe(h.snippet()), chips(h, catalog)))
            .toList();
    List<FacetView> facets = new ArrayList<>();
    for (String dim : Schema.FACETS) {
      List<SearchPage.FacetCount> counts = page.facets().getOrDefault(dim, List.of());
      if (counts.isEmpty()) continue;
      List<FacetValue> values =
          counts.stream()
              .map(fc -> new FacetValue(display(dim, fc.value(), catalog), fc.count(), state.toggle(dim, fc.value()).href(), state.active(dim, fc.value())))
              .toList();
      facets.add(new FacetView(dim, Labels.of("facet", dim), values));
    }
    Suggestion suggestion =
        page.suggestion() == null || page.suggestion().equals(state.q())
            ? null
            : new Suggestion(page.suggestion(), state.withQuery(page.suggestion()).href());
    return new SearchView(state.q(), true, page.total(), page.tookMs(), suggestion, hits, facets, active(state, catalog), pager(state, page.total()));
  }

  static String url(Hit h) {
    String doc = Urls.segment(h.doc());
    return switch (h.kind()) {
      case "clause" -> "/plans/" + doc + (h.clause() == null ? "" : "#clause-" + h.clause());
      case "plan" -> "/plans/" + doc;
      case "article" -> "/directives?key=" + Urls.query(h.doc()) + articleAnchor(h.clause());
      default -> "/directives?key=" + Urls.query(h.doc());
    };
  }

  // Articles are indexed as "Điều 5"; the directive page anchors them as article-5.
  private static String articleAnchor(String article) {
    String number = article == null ? "" : article.replaceAll("\\D+", "");
    return number.isEmpty() ? "" : "#article-" + number;
  }

  private static String title(Hit h) {
    String title = h.title() == null || h.title().isBlank() ? h.doc() : h.title();
    if (h.heading() != null && !h.heading().isBlank() && !"plan".equals(h.kind())) return title + " — " + h.heading();
    return title;
  }

  private static String meta(Hit h) {
    List<String> parts = new ArrayList<>();
    parts.add(switch (h.kind()) {
      case "clause" -> "Mục " + h.clause();
      case "article" -> h.clause();
      default -> Labels.of("kind", h.kind());
    });
    if (h.number() != null && !"directive".equals(h.kind())) parts.add(h.number());
    if (h.issuer() != null) parts.add(h.issuer());
    if (h.date() != null) parts.add(Dates.display(h.date()));
    if (h.province() != null) parts.add(Places.province(h.province()));
    return String.join(" · ", parts);
  }

  static String display(String dim, String value, Catalog catalog) {
    return switch (dim) {
      case "province" -> Places.province(value);
      case "level", "kind" -> Labels.of(dim, value);
      case "cited" -> catalog.find(value).map(DirectiveRecord::shortCitation).orElse(value);
      default -> value;
    };
  }

  /** The documents a hit cites, as explicit basis chips. */
  private static List<BasisLink> chips(Hit hit, Catalog catalog) {
    return hit.cited().stream()
        .map(catalog::find)
        .flatMap(Optional::stream)
        .distinct()
        .map(r -> new BasisLink(r.scopedKey(), BasisLinks.EXPLICIT, r.shortCitation(), r.standardCitation(), null, 0, 0, null, "mentions", 1, List.of()))
        .toList();
  }

  private static List<ActiveFilter> active(SearchUrl state, Catalog catalog) {
    List<ActiveFilter> out = new ArrayList<>();
    state.filters().forEach(
        (dim, values) ->
            values.forEach(v -> out.add(new ActiveFilter(dim, v, Labels.of("facet", dim), display(dim, v, catalog), state.toggle(dim, v).href()))));
    return out;
  }

  private static Pager pager(SearchUrl state, long total) {
    long lastPage = Math.max(1, Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    int page = state.page();
    long from = (long) (page - 1) * PAGE_SIZE + 1;
    long to = Math.min(total, (long) page * PAGE_SIZE);
    List<PageLink> links = new ArrayList<>();
    if (lastPage > 1) {
      for (long p = Math.max(1, page - 4); p <= Math.min(lastPage, page + 4); p++) {
        links.add(new PageLink((int) p, state.withPage((int) p).href(), p == page));
      }
    }
    return new Pager(
        total > 0 && from <= total,
        from,
        to,
        page > 1 ? state.withPage(page - 1).href() : null,
        page < lastPage ? state.withPage(page + 1).href() : null,
        links);
  }
}
