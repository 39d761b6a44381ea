package vn.cancu.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used result pages of one index generation, so a repeated request (a popular
 * query, a reload, paging back, many officers opening the same link) costs a map lookup instead
 * of scoring every match again. A generation never changes, so its pages never go stale; a new
 * generation starts with an empty cache. Bounded by the hits the pages hold (a hit carries its
 * clause text, so hits are what the memory goes to). Thread-safe.
 */
final class PageCache {
  private final int maxHits;
  private final Map<SearchRequest, SearchPage> pages = new LinkedHashMap<>(16, 0.75f, true); // guarded by this
  private int heldHits; // guarded by this

  /** @param maxHits how many hits the kept pages may hold in all; 0 keeps nothing */
  PageCache(int maxHits) {
    if (maxHits < 0) throw new IllegalArgumentException("cache size must be >= 0 hits: " + maxHits);
    this.maxHits = maxHits;
  }

  synchronized SearchPage get(SearchRequest request) {
    return pages.get(request);
  }

  /** Keeps the page, dropping the least recently used ones beyond the bound. */
  synchronized void put(SearchRequest request, SearchPage page) {
    if (weight(page) > maxHits) return;
    SearchPage replaced = pages.put(request, page);
    heldHits += weight(page) - (replaced == null ? 0 : weight(replaced));
    Iterator<SearchPage> eldest = pages.values().iterator();
    while (heldHits > maxHits) {
      heldHits -= weight(eldest.next());
      eldest.remove();
    }
  }

  /** A page without hits still holds its facets: it counts as one hit, so such pages are bounded too. */
  private static int weight(SearchPage page) {
    return Math.max(1, page.hits().size());
  }
}
