package vn.cancu.text.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrases matched through indexed bigrams, against the stacked-phrase queries QueryBuilder makes. */
class WordPhrasesTest extends OnTextIndex {

  private static final String[] DOCS = {
    "Thực hiện tốt phong trào thi đua Dân vận khéo, dân vận khéo ở cơ sở",
    "công tác dân vận và khéo léo vận động nhân dân",
    "Đẩy mạnh cải cách hành chính, CCHC gắn với chuyển đổi số",
    "Kế hoạch CCHC năm 2025",
    "vận khéo dân",
    "Ủy ban nhân dân xã chủ trì; UBND xã báo cáo",
  };

  @Override
  String[] texts() {
    return DOCS;
  }

  @ParameterizedTest(name = "{0} \"{1}\" → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      text_exact  | dân vận khéo          | 0     | three syllables in a row, twice in one clause
      text_exact  | dân vận               | 0 1   | two syllables: one bigram
      text_exact  | vận khéo dân          | 0 4   | order matters, a comma does not
      text_exact  | KL TW                 |       | vowelless parts: a phrase over the words
      text_folded | dan van kheo          | 0     | folded
      text_exact  | cải cách hành chính   | 2 3   | the words or their abbreviation
      text_exact  | CCHC                  | 2 3   | the abbreviation or its words
      text_exact  | ủy ban nhân dân xã    | 5     | expansion and abbreviation in one clause
      text_exact  | UBND xã               | 5     | abbreviation then a word
      text_exact  | khéo léo vận động     | 1     | four syllables
      """)
  void matchesWhatTheStackedPhraseMatches(String field, String text, String expectedIds, String note) throws IOException {
    Set<String> expected = expectedIds == null ? Set.of() : new TreeSet<>(Set.of(expectedIds.split(" ")));
    Query stacked = new QueryBuilder(index.queries).createPhraseQuery(field, text);
    Query bigrams = WordPhrases.build(index.queries, field, text);
    assertEquals(expected, index.ids(stacked), note + " (stacked " + stacked + ")");
    assertEquals(expected, index.ids(bigrams), note + " (bigrams " + bigrams + ")");
  }

  @ParameterizedTest(name = "\"{0}\" is left to QueryBuilder")
  @CsvSource(delimiter = '|', textBlock = """
      33/CT-TTg       | a document number
      năm 2025        | a number
      tổ chức CT-XH   | a hyphenated abbreviation
      """)
  void leavesNumbersAndSymbolsToQueryBuilder(String text, String note) {
    assertNull(WordPhrases.build(index.queries, "text_exact", text), note);
  }

  @Test
  void readsAnAbbreviatedRunBothWays() {
    Query q = WordPhrases.build(index.queries, "text_exact", "cải cách hành chính");
    assertEquals(
        Set.of("text_exact:cchc", "bigrams(text_exact:\"cải cách hành chính\")"),
        new TreeSet<>(((BooleanQuery) q).clauses().stream().map(c -> c.query().toString()).toList()));
  }

  @Test
  void weighsAsTheStackedPhraseAndCountsEachOccurrenceOnce() throws IOException {
    IndexSearcher searcher = index.searcher();
    Query stacked = new QueryBuilder(index.queries).createPhraseQuery("text_exact", "dân vận khéo");
    Query bigrams = new BigramPhraseQuery("text_exact", List.of("dân", "vận", "khéo"));
    Explanation s = bm25(searcher.explain(stacked, 0));
    Explanation b = bm25(searcher.explain(bigrams, 0));
    // score = weight (boost × idf) × tf(freq): the same weight, and freq 2 for the two occurrences
    assertEquals(weight(s), weight(b), 1e-4 * weight(s), b.toString());
    assertEquals("score(freq=2.0), computed as boost * idf * tf from:", b.getDescription());
  }

  /** The BM25 "score(freq=…)" node of an explanation. */
  private static Explanation bm25(Explanation e) {
    if (e.getDescription().startsWith("score(")) return e;
    for (Explanation d : e.getDetails()) {
      Explanation found = bm25(d);
      if (found != null) return found;
    }
    return null;
  }

  /** boost × idf of a BM25 score node (the product of its details but the last, tf). */
  private static double weight(Explanation e) {
    Explanation[] details = e.getDetails();
    double w = 1;
    for (int i = 0; i < details.length - 1; i++) w *= details[i].getValue().doubleValue();
    return w;
  }
}
