package vn.cancu.web;

import java.util.Objects;
import vn.cancu.search.SearchService;

/**
 * What the web app serves from.
 *
 * @param settings web directory and admin token
 * @param site the loaded corpus, swapped on re-index
 * @param search the search service over the published index (it follows new generations itself)
 */
public record Services(WebSettings settings, LiveSite site, SearchService search) {
  public Services {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(search, "search");
  }
}
