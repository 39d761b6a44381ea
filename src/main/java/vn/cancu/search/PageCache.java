package vn.cancu.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used result pages of one index generation, so a repeated request (a popular
 * query, a reload, paging back, many officers opening the same link) costs a map lookup instead
 * of scoring every match again. A generation never changes, so its pages never go stale; a new
 * generation starts with an empty cache. Thread-safe.
 */
final class PageCache {
  private final int capacity;
  private final Map<SearchRequest, SearchPage> pages; // guarded by this

  /** @param capacity how many pages to keep; 0 keeps none */
  PageCache(int capacity) {
    if (capacity < 0) throw new IllegalArgumentException("cache capacity must be >= 0: " + capacity);
    this.capacity = capacity;
    this.pages =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchPage> eldest) {
            return size() > PageCache.this.capacity;
          }
        };
  }

  synchronized SearchPage get(SearchRequest request) {
    return pages.get(request);
  }

  synchronized void put(SearchRequest request, SearchPage page) {
    if (capacity > 0) pages.put(request, page);
  }
}
