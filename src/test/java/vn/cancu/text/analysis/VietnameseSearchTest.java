package vn.cancu.text.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Index with {@link VietnameseAnalyzers#perField()}, query with QueryBuilder over the query analyzers. */
class VietnameseSearchTest extends OnTextIndex {

  private static final String[] DOCS = {
    "Ủy ban nhân dân xã Đình Lập tổ chức hòa giải",
    "UBND xã Vĩnh Thủy triển khai Chỉ thị 33/CT-TTg",
    "Thực hiện Nghị định 59/2023/NĐ-CP và Kết luận số 43-KL/TW",
    "Hội đồng nhân dân tỉnh; Ban chỉ đạo",
    "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
    "Ban Chỉ đạo tổ chức CT-XH",
  };

  @Override
  String[] texts() {
    return DOCS;
  }

  @Test
  void booleanQueryOverStackedBigramsAndSynonymGraphsStaysSmall() throws IOException {
    // QueryBuilder makes one clause per position or graph segment: 13 here (UBND, xã, và, HĐND, tỉnh,
    // triển, khai, chỉ, thị, 33/CT-TTg, của, Thủ tướng, Chính phủ; "thủ tướng" and "chính phủ" are one
    // synonym segment each). A four-syllable synonym segment enumerates 2^4 syllable/bigram paths + the
    // abbreviation = 17 alternatives: bounded, but a document matching the expansion satisfies many of
    // them, which is why ranking should use BagOfTermsQuery and QueryBuilder serve phrase queries.
    BooleanQuery q = (BooleanQuery) new QueryBuilder(index.queries).createBooleanQuery("text_exact",
        "UBND xã và HĐND tỉnh triển khai Chỉ thị 33/CT-TTg của Thủ tướng Chính phủ");
    assertEquals(13, q.clauses().size(), q.toString());
    assertEquals(17, ((BooleanQuery) q.clauses().get(0).query()).clauses().size(), q.toString());
    assertEquals(DOCS.length, index.searcher().search(q, 10).scoreDocs.length, q.toString());
  }

  @ParameterizedTest(name = "{0} \"{1}\" → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      text_exact  | UBND xã                 | 0 1 | abbreviation finds the expansion and itself
      text_exact  | Ủy ban nhân dân xã      | 0 1 | expansion finds the abbreviation
      text_exact  | Uỷ ban nhân dân xã      | 0 1 | old/new tone placement in the query
      text_exact  | hoà giải                | 0   | hoà (tone on a) finds hòa
      text_folded | uy ban nhan dan xa      | 0 1 | no diacritics, folded field
      text_folded | dinh lap                | 0   | đ typed as d
      text_exact  | dinh lap                |     | exact field needs the diacritics
      text_exact  | 33 CT TTg               | 1   | parts typed with spaces
      text_exact  | 33/CT-TTg               | 1   | whole number
      text_exact  | Chỉ thị 33/CT-TTg       | 1   | phrase across the number
      text_exact  | 59/2023/NĐ-CP           | 2   | decree number
      text_folded | 59/2023/ND-CP           | 2   | decree number without đ
      text_exact  | KL TW                   | 2   | issuer parts
      text_exact  | HĐND tỉnh               | 3   | abbreviation, phrase
      text_folded | BCD                     | 3 5 | folded abbreviation of ban chỉ đạo
      text_exact  | tổ chức CT-XH           | 4 5 | hyphenated abbreviation, phrase
      text_exact  | tổ chức chính trị - xã hội | 4 5 | expansion finds the hyphenated abbreviation
      text_exact  | MTTQ                    | 4   | abbreviation of mặt trận tổ quốc
      """)
  void phraseQueriesMatch(String field, String query, String expectedIds, String note) throws IOException {
    Set<String> expected = expectedIds == null ? Set.of() : new TreeSet<>(Set.of(expectedIds.split(" ")));
    Query q = new QueryBuilder(index.queries).createPhraseQuery(field, query);
    assertEquals(expected, index.ids(q), note + " (query " + q + ")");
    Query words = WordPhrases.build(index.queries, field, query); // null: not words of letters only
    if (words != null) assertEquals(expected, index.ids(words), note + ", through bigrams (query " + words + ")");
  }
}
