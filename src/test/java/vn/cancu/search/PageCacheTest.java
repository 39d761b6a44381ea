package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  private static SearchPage page(int hits) {
    Hit hit = new Hit("p", "I.1", "clause", "t", "", "x", "x", 1f, "Kế hoạch", null, null, null, null, null, null, List.of(), List.of());
    return new SearchPage(hits, Collections.nCopies(hits, hit), Map.of(), null, 5);
  }

  @Test
  void dropsTheLeastRecentlyUsedPagesBeyondItsHitBound() {
    PageCache cache = new PageCache(25);
    SearchRequest a = SearchRequest.of("a");
    SearchRequest b = SearchRequest.of("b");
    SearchRequest c = SearchRequest.of("c");
    SearchPage pa = page(10);
    cache.put(a, pa);
    cache.put(b, page(10));
    assertSame(pa, cache.get(a)); // a is now more recent than b
    cache.put(c, page(10));
    assertNull(cache.get(b));
    assertNotNull(cache.get(a));
    assertNotNull(cache.get(c));
    cache.put(SearchRequest.of("big"), page(30));
    assertNull(cache.get(SearchRequest.of("big")), "a page larger than the bound is not kept");
    assertNotNull(cache.get(a));
  }

  @Test
  void sizeZeroKeepsNothingAndEmptyPagesCountToo() {
    PageCache none = new PageCache(0);
    none.put(SearchRequest.of("a"), page(0));
    assertNull(none.get(SearchRequest.of("a")));
    PageCache two = new PageCache(2);
    for (String q : List.of("x", "y", "z")) two.put(SearchRequest.of(q), page(0));
    assertNull(two.get(SearchRequest.of("x")), "pages without hits are bounded as well");
    assertNotNull(two.get(SearchRequest.of("z")));
  }
}
