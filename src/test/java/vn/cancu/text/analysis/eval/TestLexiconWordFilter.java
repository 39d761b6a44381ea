package vn.cancu.text.analysis.eval;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import vn.cancu.text.analysis.VietnameseAnalyzer;

public class TestLexiconWordFilter extends BaseTokenStreamTestCase {

  private static final Lexicon LEXICON = new Lexicon(Set.of("hòa giải", "hòa giải viên", "cơ sở"), 3);

  private static Analyzer analyzer() {
    return new VietnameseAnalyzer(false, CharArraySet.EMPTY_SET, null, ts -> new LexiconWordFilter(ts, LEXICON));
  }

  public void testLongestMatchStackedOnFirstSyllable() throws Exception {
    try (Analyzer a = analyzer()) {
      // "hoà" normalized first; "hòa giải viên" beats "hòa giải"; "viên" is not the start of another word
      assertAnalyzesTo(a, "hoà giải viên ở cơ sở",
          new String[] {"hòa", "hòa giải viên", "giải", "viên", "ở", "cơ", "cơ sở", "sở"},
          new int[] {0, 0, 4, 9, 14, 16, 16, 19},
          new int[] {3, 13, 8, 13, 15, 18, 21, 21},
          null, new int[] {1, 0, 1, 1, 1, 1, 0, 1}, null, false); // stacked units: not graph offsets
    }
  }

  public void testNumbersBreakARun() throws Exception {
    try (Analyzer a = analyzer()) {
      // "cơ 5 sở": the number between the syllables means no word
      assertAnalyzesTo(a, "cơ 5 sở", new String[] {"cơ", "5", "sở"}, new int[] {1, 1, 1});
    }
  }
}
