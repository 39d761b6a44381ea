package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordingSeedsTest {
  private SeedCorpus seeds;
  private WordingIndex index;
  private Lineage lineage;
  private String langSon;
  private String dinhLap;

  @BeforeAll
  void build() {
    seeds = new SeedCorpus();
    index = WordingIndex.build(seeds.plans);
    lineage = new Lineage(seeds.plans);
    langSon = seeds.id("lang-son_ke-hoach");
    dinhLap = seeds.id("dinh-lap");
  }

  private PassageFamily recurring(PassageKind kind, String startsWith) {
    return index.recurring().stream()
        .filter(f -> f.kind() == kind && f.text().startsWith(startsWith))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no recurring " + kind + " starting " + startsWith));
  }

  @Test
  void purposeParagraphsSharedByLangSonAndDinhLap() {
    PassageFamily f = recurring(PassageKind.SENTENCE, "Đẩy mạnh và nâng cao chất lượng, hiệu quả công tác dân vận");
    assertEquals(List.of(dinhLap, langSon), f.plans());
    assertEquals(2, f.planCount());
    Set<String> sourcePlans = f.allSources().stream().map(Source::planId).collect(Collectors.toSet());
    assertEquals(Set.of(dinhLap, langSon), sourcePlans);
    assertTrue(f.allSources().stream().allMatch(s -> "I.1".equals(s.clauseId())), f.allSources().toString());
  }

  @Test
  void sloganSharedAcrossProvinces() {
    PassageFamily f = recurring(PassageKind.PHRASE, "Trọng dân, gần dân, hiểu dân, học dân");
    assertEquals("Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", f.text());
    assertEquals(2, f.planCount());
    assertTrue(f.plans().stream().anyMatch(p -> p.startsWith("ninh-binh")), f.plans().toString());
    assertTrue(f.plans().stream().anyMatch(p -> p.startsWith("quang-tri")), f.plans().toString());
  }

  @Test
  void nearCopiesAreVariantsWithWordDiffs() {
    PassageFamily f = recurring(PassageKind.CLAUSE, "Yêu cầu");
    assertEquals(Set.of(dinhLap, langSon), Set.copyOf(f.plans()));
    assertFalse(f.variants().isEmpty());
    List<DiffSegment> diff = f.variants().get(0).diff();
    assertTrue(diff.stream().anyMatch(s -> s.kind() == DiffSegment.Kind.same));
    assertTrue(diff.stream().anyMatch(s -> s.kind() != DiffSegment.Kind.same), diff.toString());
  }

  @Test
  void recurringFamiliesAreUsedByTwoPlansAtLeastAndSortedByUse() {
    List<PassageFamily> r = index.recurring();
    assertTrue(r.stream().allMatch(f -> f.planCount() >= 2 && f.plans().size() == f.planCount()));
    for (int i = 1; i < r.size(); i++) assertTrue(r.get(i - 1).planCount() >= r.get(i).planCount());
  }

  @Test
  void dinhLapDerivesFromLangSon() {
    List<SimilarPlan> similar = lineage.similar(dinhLap, 5);
    SimilarPlan first = similar.get(0);
    assertEquals(langSon, first.planId());
    assertEquals("derives-from", first.relation());
    assertTrue(first.share() > 0.5, "share " + first.share());
    assertTrue(first.share() > similar.get(1).share());
    assertFalse(first.clauses().isEmpty());
    assertTrue(first.clauses().get(0).share() > 0.5, first.clauses().toString());
    SimilarPlan back = lineage.similar(langSon, 5).get(0);
    assertEquals(dinhLap, back.planId());
    assertEquals("source-of", back.relation());
  }

  @Test
  void plansOfOtherProvincesShareTextWithoutLineage() {
    String ninhBinh = seeds.id("ninh-binh");
    assertTrue(lineage.similar(ninhBinh, 5).stream().noneMatch(s -> s.relation().equals("derives-from")));
  }

  @Test
  void clausesAlignSideBySide() {
    List<AlignedClause> aligned = lineage.compare(dinhLap, langSon);
    AlignedClause purpose = aligned.stream().filter(a -> "I.1".equals(a.clauseId())).findFirst().orElseThrow();
    assertEquals("I.1", purpose.otherClauseId());
    assertTrue(purpose.similarity() > 0.8, "similarity " + purpose.similarity());
  }

  @Test
  void topicSearchFindsFoldedPhrases() {
    List<WordingHit> hits = index.search("tiep cong dan", 10);
    assertFalse(hits.isEmpty());
    for (WordingHit h : hits) {
      String folded = String.join(" ", Texts.folded(h.family().text() + " "
          + h.family().variants().stream().map(Variant::text).collect(Collectors.joining(" "))));
      assertTrue(folded.contains("tiep cong dan"), h.family().text());
    }
    assertEquals("Dân vận khéo", index.search("dân vận khéo", 1).get(0).family().text());
  }

  @Test
  void draftSentenceFindsItsStandardForm() {
    List<WordingHit> hits = index.search(
        "Duy trì, nâng cao chất lượng đối thoại của người đứng đầu cấp ủy, chính quyền với Nhân dân", 3);
    assertTrue(hits.get(0).family().text().startsWith("Tiếp tục duy trì, nâng cao chất lượng đối thoại"),
        hits.get(0).family().text());
  }
}
