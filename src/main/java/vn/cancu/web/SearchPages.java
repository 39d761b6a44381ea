package vn.cancu.web;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.cite.Catalog;
import vn.cancu.search.SearchPage;
import vn.cancu.search.SearchRequest;

/** The search page: {@code /} and {@code /search?q=&type=&province=&level=&year=&page=}. */
final class SearchPages {

  private final Services services;

  SearchPages(Services services) {
    this.services = services;
  }

  void search(Context ctx) {
    SearchUrl state =
        new SearchUrl(Params.text(ctx, "q"), Facets.filters(ctx), Params.integer(ctx, "page", 1, 1, SearchView.MAX_PAGE));
    Site site = services.site().current();
    Catalog catalog = site.catalog();
    SearchView view;
    if (state.q().isEmpty()) {
      view = SearchView.empty(state, catalog);
    } else {
      int offset = (state.page() - 1) * SearchView.PAGE_SIZE;
      SearchPage page = services.search().search(new SearchRequest(state.q(), state.filters(), offset, SearchView.PAGE_SIZE));
      view = SearchView.of(state, page, catalog);
    }
    ctx.render("search", Map.of("title", state.q().isEmpty() ? "Tìm kiếm" : state.q(), "nav", "search",
        "maxQueryLength", WebSettings.MAX_QUERY_CHARS, "view", view, "home", home(site)));
  }

  /** What the page shows before a search: the size of the corpus and its most cited documents. */
  public record Home(int plans, int directives, int citations, List<DirectivePages.DirectiveRow> mostCited) {}

  static final int MOST_CITED = 10;

  private static Home home(Site site) {
    List<DirectivePages.DirectiveRow> top = site.catalog().records().stream()
        .sorted(Comparator.comparingInt(DirectiveRecord::mentionCount).reversed())
        .limit(MOST_CITED)
        .map(DirectivePages::row)
        .toList();
    return new Home(site.plans().size(), site.catalog().records().size(), site.citationCount(), top);
  }
}
