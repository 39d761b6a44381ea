package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftCheckerTest {
  private DraftChecker checker;

  @BeforeAll
  void catalogueFromSeeds() {
    checker = new DraftChecker(new SeedCorpus().catalog);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/wording/lint-cases.tsv", delimiter = '\t', quoteCharacter = '\0')
  void lints(String draft, String expected) {
    List<String> got = checker.check(draft).stream()
        .map(p -> p.code() + "|" + p.written() + "|" + p.suggestion())
        .toList();
    List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(" ;; "));
    assertEquals(want, got);
    for (Problem p : checker.check(draft)) {
      assertEquals(p.written(), draft.substring(p.start(), p.end()));
      assertEquals(1, p.line());
      assertEquals(p.start() + 1, p.column());
      assertTrue(!p.reason().isBlank());
    }
  }

  @Test
  void ngheAnSeedHasItsThreeMistakes() throws IOException {
    String text = Files.readString(SeedCorpus.PLANS.resolve("nghe-an_ke-hoach-dan-van-chinh-quyen-2026.txt"));
    List<Problem> problems = checker.check(text);
    assertTrue(problems.stream().anyMatch(p -> p.written().equals("Nghị quyết số 25/NQ-TW")
        && p.suggestion().equals("Nghị quyết số 25-NQ/TW")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.written().equals("Chỉ thị số 26-TTg")
        && p.suggestion().equals("Chỉ thị số 26/CT-TTg")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.code().equals("year-contradicts")
        && p.written().endsWith("năm 2020") && p.suggestion().endsWith("năm 2022")), problems.toString());
    for (Problem p : problems) assertEquals(p.written(), text.substring(p.start(), p.end()));
  }

  @Test
  void positionsCountLinesAndColumns() {
    String draft = "Căn cứ:\nNghị quyết số 25/NQ-TW ngày 03/6/2013 của Ban Chấp hành Trung ương.";
    Problem p = checker.check(draft).get(0);
    assertEquals(2, p.line());
    assertEquals(1, p.column());
  }
}
