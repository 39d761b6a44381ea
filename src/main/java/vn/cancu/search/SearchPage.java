package vn.cancu.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total how many documents match in all
 * @param hits the requested page of hits, best first
 * @param facets per dimension (see {@code Schema.FACETS}), its values among the matches with counts,
 *     most frequent first
 * @param suggestion the query with diacritics restored from the index ("dân vận khéo" for "dan van
 *     kheo"), or null when there is nothing to restore
 * @param tookMs time spent, in milliseconds
 */
public record SearchPage(
    long total, List<Hit> hits, Map<String, List<FacetCount>> facets, String suggestion, long tookMs) {
  public SearchPage {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** The same page, answered in {@code ms} (a page served again from a cache). */
  public SearchPage took(long ms) {
    return new SearchPage(total, hits, facets, suggestion, ms);
  }

  /** One facet value and how many matches have it. */
  public record FacetCount(String value, int count) {}
}
