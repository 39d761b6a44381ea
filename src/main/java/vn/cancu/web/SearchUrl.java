package vn.cancu.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the search page as it appears in its URL: query, facet filters, page. Facet and
 * pager links are this state with one thing changed, so every result page can be bookmarked.
 */
record SearchUrl(String q, Map<String, List<String>> filters, int page) {

  SearchUrl {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((k, v) -> { if (!v.isEmpty()) copy.put(k, List.copyOf(v)); });
    filters = java.util.Collections.unmodifiableMap(copy);
  }

  SearchUrl withPage(int newPage) {
    return new SearchUrl(q, filters, newPage);
  }

  SearchUrl withQuery(String newQ) {
    return new SearchUrl(newQ, filters, 1);
  }

  /** Adds the value to the dimension's filter, or removes it when already there; back to page 1. */
  SearchUrl toggle(String dim, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(next.getOrDefault(dim, List.of()));
    if (!values.remove(value)) values.add(value);
    next.put(dim, values);
    return new SearchUrl(q, next, 1);
  }

  boolean active(String dim, String value) {
    return filters.getOrDefault(dim, List.of()).contains(value);
  }

  String href() {
    StringBuilder out = new StringBuilder("/search?q=").append(enc(q));
    filters.forEach((dim, values) -> values.forEach(v -> out.append('&').append(enc(dim)).append('=').append(enc(v))));
    if (page > 1) out.append("&page=").append(page);
    return out.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
