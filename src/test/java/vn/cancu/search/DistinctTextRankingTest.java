package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cancu.gen.CorpusGenerator;
import vn.cancu.gen.SeedMaterial;
import vn.cancu.index.IndexLayout;
import vn.cancu.index.Indexer;
import vn.cancu.index.Progress;
import vn.cancu.index.Schema;

/**
 * Matching on the folded text and ranking through the distinct texts (skipping the texts that
 * cannot compete) give the page that scoring every document with the whole query, weighted by
 * Lucene's {@code FunctionScoreQuery}, gives (same total, documents and scores, ties in document
 * order, and the facet counts of Lucene's doc-values counting), on plans generated from the seeds, which copy each other's clauses as commune plans do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistinctTextRankingTest {
  private SearchService service;
  private DirectoryReader documents;
  private DirectoryReader texts;

  @BeforeAll
  void index(@TempDir Path work) throws IOException {
    Path corpus = work.resolve("corpus");
    new CorpusGenerator(SeedMaterial.from(Path.of("corpus/plans"))).write(150, 7, corpus);
    Path index = work.resolve("index");
    new Indexer(new IndexLayout(index), Progress.NONE).index(corpus);
    service = SearchService.open(index, 0);
    IndexLayout.Generation generation = new IndexLayout(index).current().orElseThrow();
    documents = generation.openReader();
    texts = generation.openTextsReader();
  }

  @AfterAll
  void close() throws IOException {
    service.close();
    texts.close();
    documents.close();
  }

  @Test
  void theCorpusRepeatsTexts() {
    assertTrue(texts.maxDoc() * 2 < documents.maxDoc(), texts.maxDoc() + " texts for " + documents.maxDoc() + " documents");
  }

  @ParameterizedTest(name = "\"{0}\" {1} from {2}, {3}")
  @CsvSource(delimiter = '|', textBlock = """
      dân vận khéo                |                       | 0  | 10
      dân vận khéo                | kind=clause           | 0  | 60
      dan van chinh quyen         |                       | 20 | 10
      "tiếp công dân"             | level=xa              | 0  | 10
      cải cách hành chính         | province=hai-phong    | 0  | 10
      UBND xã                     | kind=clause,level=tinh| 0  | 60
      33/CT-TTg                   |                       | 0  | 10
      chỉ thị 33                  | kind=clause           | 0  | 60
      25-NQ/TW                    | kind=clause           | 0  | 10
      dân vận -khéo               |                       | 0  | 10
      phòng chống tham nhũng      | province=hue,level=xa | 0  | 10
      thực hiện                   | province=hue          | 0  | 200
      kế hoạch                    |                       | 0  | 200
      """)
  void pageEqualsScoringEveryDocument(String query, String filterSpec, int offset, int limit) throws IOException {
    SearchRequest request = new SearchRequest(query, filters(filterSpec), offset, limit);
    SearchPage page = service.search(request);

    IndexSearcher every = new IndexSearcher(documents);
    // Lucene's own weighting, every document scored: the texts' ranking skips what cannot compete.
    Query inner = ((KindWeightedQuery) service.prepare(request).ranking()).query();
    Query weighted = FunctionScoreQuery.boostByValue(inner, DoubleValuesSource.fromFloatField(Schema.WEIGHT));
    Query scoredAndFiltered = SearchService.filtered(weighted, request);
    var exhaustive = FacetsCollectorManager.search(every, scoredAndFiltered, offset + limit, new FacetsCollectorManager());
    StoredFields stored = every.storedFields();
    List<String> expected = new ArrayList<>();
    ScoreDoc[] docs = exhaustive.topDocs().scoreDocs;
    for (int i = offset; i < docs.length; i++) expected.add(stored.document(docs[i].doc).get("id") + " " + docs[i].score);
    List<String> actual = page.hits().stream()
        .map(h -> (h.clause() == null ? h.doc() : h.doc() + "#" + h.clause()) + " " + h.score())
        .toList();

    long total = exhaustive.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
    assertEquals(total, page.total(), "total");
    assertTrue(!expected.isEmpty(), "the query should find something here: " + query);
    assertEquals(expected, actual);
    assertEquals(luceneFacets(exhaustive.facetsCollector()), page.facets(), "facets");
  }

  /** The facet counts Lucene's own doc-values counting gives, in the page's shape. */
  private Map<String, List<SearchPage.FacetCount>> luceneFacets(FacetsCollector matches) throws IOException {
    var counts = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(documents, Schema.facetsConfig()), matches);
    Map<String, List<SearchPage.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Schema.FACETS) out.put(dim, List.of());
    for (FacetResult r : counts.getAllDims(SearchService.FACET_VALUES)) {
      out.put(r.dim, Arrays.stream(r.labelValues).map(lv -> new SearchPage.FacetCount(lv.label, lv.value.intValue())).toList());
    }
    return out;
  }

  private static Map<String, List<String>> filters(String spec) {
    if (spec == null) return Map.of();
    Map<String, List<String>> out = new LinkedHashMap<>();
    Arrays.stream(spec.split(",")).map(kv -> kv.split("=")).forEach(kv -> out.put(kv[0], List.of(kv[1])));
    return out;
  }
}
