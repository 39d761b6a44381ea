package vn.cancu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.cancu.text.Slugs;

class ProvincesTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/document/province-mentions.tsv", delimiter = '\t', quoteCharacter = '`')
  void slugOf(String text, String slug) {
    assertEquals(slug.equals("none") ? null : slug, Provinces.slugOf(text).orElse(null));
  }

  @Test
  void thirtyFourUnitsWithUniqueSlugsAndNames() {
    assertEquals(34, Provinces.all().size());
    Set<String> slugs = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Provinces.Province p : Provinces.all()) {
      assertTrue(slugs.add(p.slug()), p.slug());
      assertTrue(p.slug().matches("[a-z]+(-[a-z]+)*"), p.slug());
      // Slugs are ids kept as data (stable if the spelling rule ever changes), but made by the one rule.
      assertEquals(Slugs.of(p.name()), p.slug(), p.name());
      assertTrue(names.add(p.name()), p.name());
      for (String old : p.oldNames()) assertTrue(names.add(old), old);
    }
    assertEquals(6, Provinces.all().stream().filter(p -> p.unit().equals("thành phố")).count());
  }

  @Test
  void properNameFromCapitals() {
    assertEquals("Lạng Sơn", Provinces.properName("LẠNG SƠN").orElseThrow());
    assertEquals("Quảng Bình", Provinces.properName("QUẢNG BÌNH").orElseThrow());
    assertTrue(Provinces.properName("ĐÌNH LẬP").isEmpty());
  }
}
