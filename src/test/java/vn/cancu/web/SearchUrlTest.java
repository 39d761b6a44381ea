package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchUrlTest {

  @Test
  void facetLinksAddThenRemoveAFilterAndGoBackToPageOne() {
    SearchUrl state = new SearchUrl("dân vận & khéo", Map.of(), 3);
    SearchUrl withProvince = state.toggle("province", "lang-son");
    assertEquals("/search?q=d%C3%A2n+v%E1%BA%ADn+%26+kh%C3%A9o&province=lang-son", withProvince.href());
    assertTrue(withProvince.active("province", "lang-son"));
    SearchUrl back = withProvince.toggle("province", "lang-son");
    assertFalse(back.active("province", "lang-son"));
    assertEquals("/search?q=d%C3%A2n+v%E1%BA%ADn+%26+kh%C3%A9o", back.href());
  }

  @Test
  void valuesOfOneDimensionAccumulateAndPageIsKept() {
    SearchUrl state = new SearchUrl("x", Map.of("year", List.of("2025")), 1).toggle("year", "2026").withPage(2);
    assertEquals("/search?q=x&year=2025&year=2026&page=2", state.href());
  }
}
