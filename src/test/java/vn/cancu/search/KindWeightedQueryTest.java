package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cancu.index.Schema;

/**
 * Kind-weighted scores equal Lucene's {@code FunctionScoreQuery.boostByValue}, and a top-hits search
 * that skips documents from its first hit on (the weight keeps the inner bounds) finds the same
 * page as scoring every document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KindWeightedQueryTest {
  private static final String FIELD = "text";
  private static final List<String> WORDS =
      List.of("dân", "vận", "khéo", "kế", "hoạch", "thực", "hiện", "chỉ", "thị", "tiếp", "công", "xã", "huyện", "tỉnh");
  private static final float[] WEIGHTS = {Schema.Kind.PLAN.weight(), Schema.Kind.CLAUSE.weight(), Schema.Kind.DIRECTIVE.weight()};

  private Directory directory;
  private DirectoryReader reader;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    directory = FSDirectory.open(dir);
    Random random = new Random(7);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int i = 0; i < 5_000; i++) {
        List<String> words = new ArrayList<>();
        int length = 3 + random.nextInt(30);
        for (int w = 0; w < length; w++) words.add(WORDS.get((int) Math.min(WORDS.size() - 1, Math.abs(random.nextGaussian()) * 4)));
        Document doc = new Document();
        doc.add(new TextField(FIELD, String.join(" ", words), Field.Store.NO));
        if (i % 11 != 0) doc.add(new FloatDocValuesField(Schema.WEIGHT, WEIGHTS[random.nextInt(WEIGHTS.length)])); // else 1
        writer.addDocument(doc);
        if (i % 1_700 == 0) writer.commit(); // a few segments
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  void close() throws IOException {
    reader.close();
    directory.close();
  }

  // A short page stops early on the bounds; a long one keeps a low minimum against many candidates.
  @ParameterizedTest(name = "{0}, {1} hits")
  @CsvSource(delimiter = ';', textBlock = """
      +dân|vận|khéo                ; 20
      +dân|vận|khéo                ; 200
      +dân|+vận|"dân vận"|khéo     ; 20
      +dân|+vận|"dân vận"|khéo     ; 200
      kế|hoạch|"thực hiện"|tỉnh    ; 20
      kế|hoạch|"thực hiện"|tỉnh    ; 200
      +xã|"chỉ thị"^3|tiếp         ; 20
      +xã|"chỉ thị"^3|tiếp         ; 200
      """)
  void skippingFindsThePageThatScoringEveryDocumentFinds(String spec, int page) throws IOException {
    Query inner = query(spec);
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs every = searcher.search(
        FunctionScoreQuery.boostByValue(inner, DoubleValuesSource.fromFloatField(Schema.WEIGHT)),
        new TopScoreDocCollectorManager(page, Integer.MAX_VALUE));
    TopDocs skipping = searcher.search(new KindWeightedQuery(inner), new TopScoreDocCollectorManager(page, 1));

    assertEquals(page(every), page(skipping));
    assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, skipping.totalHits.relation(), "some documents were skipped");
  }

  // Inside a disjunction, the weighted clause's own bounds decide which blocks the disjunction skips.
  @ParameterizedTest(name = "{0} or {1}")
  @CsvSource(delimiter = ';', textBlock = """
      +dân|vận|khéo                ; huyện
      kế|hoạch|"thực hiện"         ; xã
      """)
  void asAClauseItsBoundsLetADisjunctionSkipAlike(String spec, String other) throws IOException {
    Query inner = query(spec);
    Query otherWord = new BoostQuery(new TermQuery(new Term(FIELD, other)), 0.3f);
    IndexSearcher searcher = new IndexSearcher(reader);
    Query lucene = either(FunctionScoreQuery.boostByValue(inner, DoubleValuesSource.fromFloatField(Schema.WEIGHT)), otherWord);
    TopDocs every = searcher.search(lucene, new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
    TopDocs skipping = searcher.search(either(new KindWeightedQuery(inner), otherWord), new TopScoreDocCollectorManager(20, 1));

    assertEquals(page(every), page(skipping));
    assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, skipping.totalHits.relation(), "some documents were skipped");
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }

  /** "+a|b|\"c d\"^3": required and optional terms and phrases, with boosts. */
  private static Query query(String spec) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String part : spec.split("\\|")) {
      Occur occur = part.startsWith("+") ? Occur.MUST : Occur.SHOULD;
      String body = part.replaceFirst("^\\+", "");
      float boost = body.contains("^") ? Float.parseFloat(body.substring(body.indexOf('^') + 1)) : 1f;
      body = body.replaceFirst("\\^.*$", "");
      Query q = body.startsWith("\"")
          ? new PhraseQuery(FIELD, body.replace("\"", "").split(" "))
          : new TermQuery(new Term(FIELD, body));
      b.add(boost == 1f ? q : new BoostQuery(q, boost), occur);
    }
    return b.build();
  }

  private static List<String> page(TopDocs docs) {
    return Arrays.stream(docs.scoreDocs).map(d -> d.doc + " " + d.score).toList();
  }
}
