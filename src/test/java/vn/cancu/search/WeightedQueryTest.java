package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
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
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weighted query ranks exactly as multiplying every match's score by its weight would
 * (FunctionScoreQuery, which scores all matches), while it lets top-k collection skip documents.
 */
class WeightedQueryTest {
  private static final String[] WORDS = {"dân", "vận", "khéo", "cải", "cách", "hành", "chính", "số", "chuyển", "đổi"};
  private static final float[] WEIGHTS = {0.5f, 0.7f, 1f};

  @TempDir Path dir;

  @Test
  void topHitsEqualAnExhaustiveWeightedScoringAndSkipSomeMatches() throws Exception {
    Random random = new Random(42);
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 20_000; i++) {
        StringBuilder text = new StringBuilder();
        int length = 3 + random.nextInt(40);
        for (int k = 0; k < length; k++) text.append(WORDS[Math.min(WORDS.length - 1, (int) Math.abs(random.nextGaussian() * 3))]).append(' ');
        Document doc = new Document();
        doc.add(new TextField("text", text.toString(), Field.Store.NO));
        doc.add(new FloatDocValuesField("weight", WEIGHTS[random.nextInt(WEIGHTS.length)]));
        w.addDocument(doc);
        if (i % 5000 == 4999) w.commit(); // several segments
      }
    }
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      Query query =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term("text", "dân")), Occur.MUST)
              .add(new TermQuery(new Term("text", "khéo")), Occur.SHOULD)
              .add(new PhraseQuery("text", "dân", "vận"), Occur.SHOULD)
              .add(new TermQuery(new Term("text", "chính")), Occur.MUST_NOT)
              .build();
      TopDocs exhaustive =
          searcher.search(
              FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField("weight")),
              new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
      TopDocs weighted = searcher.search(new WeightedQuery(query, "weight", 1f), new TopScoreDocCollectorManager(10, 10));
      assertArrayEquals(docs(exhaustive), docs(weighted));
      for (int i = 0; i < 10; i++) assertEquals(exhaustive.scoreDocs[i].score, weighted.scoreDocs[i].score, 1e-6f);
      assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, weighted.totalHits.relation());
      assertTrue(weighted.totalHits.value() < exhaustive.totalHits.value(),
          "collected " + weighted.totalHits + " of " + exhaustive.totalHits + ": nothing was skipped");
      assertEquals(
          searcher.explain(FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField("weight")), weighted.scoreDocs[0].doc).getValue().floatValue(),
          searcher.explain(new WeightedQuery(query, "weight", 1f), weighted.scoreDocs[0].doc).getValue().floatValue(),
          1e-6f);
    }
  }

  private static int[] docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).mapToInt((ScoreDoc s) -> s.doc).toArray();
  }
}
