package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.document.Plan;

class PlanResolverTest {
  private static final List<Plan> CORPUS = List.of(
      GraphBuilderTest.PROVINCE,
      new PlanFixture("numbered", PlanFixture.header("UBND tỉnh Nghệ An", "45/KH-UBND", LocalDate.of(2026, 1, 20),
          "Công tác dân vận chính quyền năm 2026", "nghe-an", "tinh")).clause("I", "I.", "A", "B").build());

  /** Each row: the basis sentence of a citing plan in {@code province}, and the plan it must resolve to. */
  @ParameterizedTest(name = "{3}")
  @CsvFileSource(resources = "/graph/plan-resolution.tsv", delimiter = '\t', numLinesToSkip = 1)
  void resolves(String province, String sentence, String expected, String note) {
    Plan citing = new PlanFixture("citing", PlanFixture.header("UBND xã X", "1/KH-UBND", LocalDate.of(2026, 6, 1),
        "Kế hoạch của xã", province, "xa")).basis(sentence).clause("I", "I.", "A", "B").build();
    List<Citation> cs = new CitationExtractor().extract(citing);
    assertTrue(!cs.isEmpty(), "no citation found in: " + sentence);
    Optional<PlanResolver.Match> m = new PlanResolver(CORPUS).resolve(cs.get(0), "citing");
    assertEquals(expected.equals("-") ? null : expected, m.map(PlanResolver.Match::planId).orElse(null), note);
  }
}
