package vn.cancu.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Terms, offsets, types, position increments and lengths of the configured analyzers. Bigrams are stacked
 * with position length 1 (see {@link SyllableBigramFilter}), so the graph-offset check is off for them.
 */
public class TestVietnameseAnalyzers extends BaseTokenStreamTestCase {

  private static final String W = "word";
  private static final String B = SyllableBigramFilter.TYPE_BIGRAM;
  private static final String S = SymbolPartsFilter.TYPE_SYMBOL;
  private static final String P = SymbolPartsFilter.TYPE_PART;
  private static final String Y = "SYNONYM";

  private Analyzer exact;
  private Analyzer folded;
  private Analyzer exactQuery;
  private Analyzer foldedQuery;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    exact = VietnameseAnalyzers.exact();
    folded = VietnameseAnalyzers.folded();
    exactQuery = VietnameseAnalyzers.exactQuery();
    foldedQuery = VietnameseAnalyzers.foldedQuery();
  }

  @Override
  public void tearDown() throws Exception {
    exact.close();
    folded.close();
    exactQuery.close();
    foldedQuery.close();
    super.tearDown();
  }

  private static Analyzer withStopwords(boolean folded) {
    return new VietnameseAnalyzer(folded, Stopwords.vietnamese(), null, SyllableBigramFilter::new);
  }

  private static void check(Analyzer a, String text, String[] terms, int[] starts, int[] ends, String[] types,
      int[] incs, int[] lengths) throws Exception {
    assertAnalyzesTo(a, text, terms, starts, ends, types, incs, lengths, false);
  }

  public void testNfdInputAndDoubleSpace() throws Exception {
    // "Uỷ" typed as U, y, U+0309 and two spaces: composed, tone moved to "ủy", offsets still in the source
    check(exact, "Uy\u0309  ban",
        new String[] {"ủy", "ủy ban", "ban"},
        new int[] {0, 0, 5}, new int[] {3, 8, 8},
        new String[] {W, B, W}, new int[] {1, 0, 1}, new int[] {1, 1, 1});
  }

  public void testTonePlacement() throws Exception {
    // hoà/khoẻ/thuỷ (tone on the main vowel) and qúy (misplaced) → hòa, khỏe, thủy, quý; lengths unchanged
    check(exact, "hoà khoẻ thuỷ qúy",
        new String[] {"hòa", "hòa khỏe", "khỏe", "khỏe thủy", "thủy", "thủy quý", "quý"},
        new int[] {0, 0, 4, 4, 9, 9, 14}, new int[] {3, 8, 8, 13, 13, 17, 17},
        new String[] {W, B, W, B, W, B, W}, new int[] {1, 0, 1, 0, 1, 0, 1}, new int[] {1, 1, 1, 1, 1, 1, 1});
  }

  public void testRepeatedTokens() throws Exception {
    // the same syllable three times: each keeps its own offsets (duydo #25, #29)
    check(exact, "xã xã xã",
        new String[] {"xã", "xã xã", "xã", "xã xã", "xã"},
        new int[] {0, 0, 3, 3, 6}, new int[] {2, 5, 5, 8, 8},
        new String[] {W, B, W, B, W}, new int[] {1, 0, 1, 0, 1}, new int[] {1, 1, 1, 1, 1});
  }

  public void testFoldedField() throws Exception {
    // đ → d and every tone/quality mark removed; positions identical to the exact field
    check(folded, "Đình Lập",
        new String[] {"dinh", "dinh lap", "lap"},
        new int[] {0, 0, 5}, new int[] {4, 8, 8},
        new String[] {W, B, W}, new int[] {1, 0, 1}, new int[] {1, 1, 1});
  }

  public void testFunctionWordsAreKept() throws Exception {
    // shipped chain: "và" stays (BM25 discounts it; removal measured worse on ALQAC)
    check(exact, "quyền và nghĩa",
        new String[] {"quyền", "quyền và", "và", "và nghĩa", "nghĩa"},
        new int[] {0, 0, 6, 6, 9}, new int[] {5, 8, 8, 14, 14},
        new String[] {W, B, W, B, W}, new int[] {1, 0, 1, 0, 1}, new int[] {1, 1, 1, 1, 1});
  }

  public void testStopWordsLeaveGapsAndNoBigramAcrossThem() throws Exception {
    // with the stop list: "và" removed, "nghĩa" two positions on, and no bigram "quyền nghĩa"
    try (Analyzer stop = withStopwords(false)) {
      check(stop, "quyền và nghĩa vụ",
          new String[] {"quyền", "nghĩa", "nghĩa vụ", "vụ"},
          new int[] {0, 9, 9, 15}, new int[] {5, 14, 17, 17},
          new String[] {W, W, B, W}, new int[] {1, 2, 0, 1}, new int[] {1, 1, 1, 1});
    }
  }

  public void testStopWordRemovedBeforeFolding() throws Exception {
    // with the stop list: "có" is a stop word but "cơ" (cơ quan) is not, although both fold to "co"
    try (Analyzer stop = withStopwords(true)) {
      check(stop, "có cơ quan",
          new String[] {"co", "co quan", "quan"},
          new int[] {3, 3, 6}, new int[] {5, 10, 10},
          new String[] {W, B, W}, new int[] {2, 0, 1}, new int[] {1, 1, 1});
    }
  }

  public void testPrimeMinisterDirectiveNumber() throws Exception {
    // 33/CT-TTg: whole over three positions, parts at the positions a typed "33 CT TTg" would take
    check(exact, "Chỉ thị 33/CT-TTg ngày",
        new String[] {"chỉ", "chỉ thị", "thị", "33/ct-ttg", "33", "ct", "ttg", "ngày"},
        new int[] {0, 0, 4, 8, 8, 11, 14, 18}, new int[] {3, 7, 7, 17, 10, 13, 17, 22},
        new String[] {W, B, W, S, P, P, P, W}, new int[] {1, 0, 1, 1, 0, 1, 1, 1},
        new int[] {1, 1, 1, 3, 1, 1, 1, 1});
  }

  public void testDecreeNumberWithYear() throws Exception {
    // 59/2023/NĐ-CP: four parts; đ kept in the exact field
    check(exact, "59/2023/NĐ-CP",
        new String[] {"59/2023/nđ-cp", "59", "2023", "nđ", "cp"},
        new int[] {0, 0, 3, 8, 11}, new int[] {13, 2, 7, 10, 13},
        new String[] {S, P, P, P, P}, new int[] {1, 0, 1, 1, 1}, new int[] {4, 1, 1, 1, 1});
  }

  public void testDecreeNumberFolded() throws Exception {
    // the folded field also matches sources that lost the đ ("ND-CP")
    check(folded, "59/2023/NĐ-CP",
        new String[] {"59/2023/nd-cp", "59", "2023", "nd", "cp"},
        new int[] {0, 0, 3, 8, 11}, new int[] {13, 2, 7, 10, 13},
        new String[] {S, P, P, P, P}, new int[] {1, 0, 1, 1, 1}, new int[] {4, 1, 1, 1, 1});
  }

  public void testPartyConclusionNumber() throws Exception {
    // party style: hyphen before the type, slash before the issuer
    check(exact, "43-KL/TW",
        new String[] {"43-kl/tw", "43", "kl", "tw"},
        new int[] {0, 0, 3, 6}, new int[] {8, 2, 5, 8},
        new String[] {S, P, P, P}, new int[] {1, 0, 1, 1}, new int[] {3, 1, 1, 1});
  }

  public void testRunTogetherIssuer() throws Exception {
    // "14/CTTTg" (no hyphen in the source): two parts only, nothing guessed
    check(exact, "14/CTTTg",
        new String[] {"14/ctttg", "14", "ctttg"},
        new int[] {0, 0, 3}, new int[] {8, 2, 8},
        new String[] {S, P, P}, new int[] {1, 0, 1}, new int[] {2, 1, 1});
  }

  public void testTrailingCommaIsNotPartOfTheNumber() throws Exception {
    // "số 05-CT/TU,": the comma ends the symbol; no bigram between "số" and a number
    check(exact, "số 05-CT/TU,",
        new String[] {"số", "05-ct/tu", "05", "ct", "tu"},
        new int[] {0, 3, 3, 6, 9}, new int[] {2, 11, 5, 8, 11},
        new String[] {W, S, P, P, P}, new int[] {1, 1, 0, 1, 1}, new int[] {1, 3, 1, 1, 1});
  }

  public void testCurlyQuotes() throws Exception {
    // “Dân vận khéo”: typographic quotes are punctuation
    check(exact, "“Dân vận khéo”",
        new String[] {"dân", "dân vận", "vận", "vận khéo", "khéo"},
        new int[] {1, 1, 5, 5, 9}, new int[] {4, 8, 8, 13, 13},
        new String[] {W, B, W, B, W}, new int[] {1, 0, 1, 0, 1}, new int[] {1, 1, 1, 1, 1});
  }

  public void testAbbreviationExpandsAtQueryTime() throws Exception {
    // "UBND xã" (query): ubnd spans the four syllables of its expansion; "xã" follows both paths
    check(exactQuery, "UBND xã",
        new String[] {"ủy", "ubnd", "ủy ban", "ban", "ban nhân", "nhân", "nhân dân", "dân", "dân xã", "xã"},
        new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 5}, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 7, 7},
        new String[] {Y, W, B, Y, B, Y, B, Y, B, W}, new int[] {1, 0, 0, 1, 0, 1, 0, 1, 0, 1},
        new int[] {1, 4, 1, 1, 1, 1, 1, 1, 1, 1});
  }

  public void testExpansionFindsAbbreviationAtQueryTime() throws Exception {
    // "hội đồng nhân dân" (query, folded): adds "hdnd" over its four positions
    check(foldedQuery, "hội đồng nhân dân",
        new String[] {"hdnd", "hoi", "hoi dong", "dong", "dong nhan", "nhan", "nhan dan", "dan"},
        new int[] {0, 0, 0, 4, 4, 9, 9, 14}, new int[] {17, 3, 8, 8, 13, 13, 17, 17},
        new String[] {Y, W, B, W, B, W, B, W}, new int[] {1, 0, 0, 1, 0, 1, 0, 1},
        new int[] {4, 1, 1, 1, 1, 1, 1, 1});
  }

  public void testIndexSideHasNoSynonyms() throws Exception {
    // index side: "UBND" stays itself; the query side adds the alternatives
    check(exact, "UBND",
        new String[] {"ubnd"}, new int[] {0}, new int[] {4},
        new String[] {W}, new int[] {1}, new int[] {1});
  }

  public void testRandomStrings() throws Exception {
    for (Analyzer a : new Analyzer[] {exact, folded, exactQuery, foldedQuery}) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 20, false, false);
    }
  }
}
