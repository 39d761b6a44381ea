package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cancu.cite.Catalog;
import vn.cancu.graph.CorpusBasis;
import vn.cancu.index.Corpus;
import vn.cancu.wording.PassageFamily;
import vn.cancu.wording.PassageKind;
import vn.cancu.wording.Source;
import vn.cancu.wording.Variant;

class WordingViewsTest {

  /** A passage repeated by thousands of plans: the page lists the most used and counts the rest. */
  @Test
  void aFamilyListsItsMostUsedVariantsAndSourcesAndCountsTheRest() {
    Corpus empty = new Corpus(Map.of(), Map.of(), Catalog.build(Map.of(), List.of()), List.of(), List.of());
    Site site = new Site(empty, "gen-1", CorpusBasis.stated(empty));
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i < 25; i++) variants.add(new Variant("cách viết " + i, 25 - i, sources(i == 0 ? 30 : 2), List.of()));
    PassageFamily family = new PassageFamily("f1", PassageKind.SENTENCE, 40, List.of("p0"), "Căn cứ tình hình thực tế",
        sources(45), variants);

    WordingViews.FamilyView view = WordingViews.family(family, site, null);

    assertEquals(WordingViews.LISTED_SOURCES, view.sources().size());
    assertEquals(45 - WordingViews.LISTED_SOURCES, view.moreSources());
    assertEquals(25, view.variantCount());
    assertEquals(WordingViews.LISTED_VARIANTS, view.variants().size());
    assertEquals(25 - WordingViews.LISTED_VARIANTS, view.moreVariants());
    assertEquals("cách viết 0", view.variants().get(0).text(), "most used first");
    assertEquals(30 - WordingViews.LISTED_SOURCES, view.variants().get(0).moreSources());
    assertEquals(0, view.variants().get(1).moreSources());
  }

  private static List<Source> sources(int plans) {
    return IntStream.range(0, plans).mapToObj(i -> new Source("ke-hoach-" + i, "I.1", 0, 10)).toList();
  }
}
