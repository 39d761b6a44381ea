package vn.cancu.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cancu.index.Schema;

/**
 * One search.
 *
 * @param query the user's query (see {@link UserQueryParser} for the grammar)
 * @param filters facet dimension → accepted values; values of one dimension are OR-ed, dimensions
 *     AND-ed. Dimensions: {@link Schema#FACETS}
 * @param offset index of the first hit to return (0-based)
 * @param limit how many hits to return, 1..{@value #MAX_LIMIT}
 * @param facets whether to count the facet values of the matches (a fifth of a search at 10k plans)
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int offset, int limit, boolean facets) {
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_OFFSET = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (var entry : (filters == null ? Map.<String, List<String>>of() : filters).entrySet()) {
      if (!Schema.FACETS.contains(entry.getKey())) {
        throw new BadQueryException("bộ lọc không hợp lệ '" + entry.getKey() + "': dùng một trong " + Schema.FACETS);
      }
      if (!entry.getValue().isEmpty()) copy.put(entry.getKey(), List.copyOf(entry.getValue()));
    }
    filters = Collections.unmodifiableMap(copy);
    if (offset < 0 || offset > MAX_OFFSET) throw new BadQueryException("offset phải trong khoảng 0.." + MAX_OFFSET + ": " + offset);
    if (limit < 1 || limit > MAX_LIMIT) throw new BadQueryException("limit phải trong khoảng 1.." + MAX_LIMIT + ": " + limit);
  }

  /** A search counting its facets. */
  public SearchRequest(String query, Map<String, List<String>> filters, int offset, int limit) {
    this(query, filters, offset, limit, true);
  }

  /** The same search without facet counts, for callers that show none. */
  public SearchRequest withoutFacets() {
    return new SearchRequest(query, filters, offset, limit, false);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), 0, 10);
  }
}
