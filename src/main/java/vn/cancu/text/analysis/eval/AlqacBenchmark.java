package vn.cancu.text.analysis.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.cancu.text.Diacritics;

/**
 * Indexes the ALQAC articles once per system into an on-disk Lucene index (one document per article) and
 * ranks them with BM25 for every statement, as written and with its diacritics stripped.
 */
public final class AlqacBenchmark {

  static final String ID = "id";
  static final int DEPTH = 100;

  /** One table row: a system's figures on the statements as written and stripped of diacritics. */
  public record Result(String system, Metrics asWritten, Metrics stripped, long indexMillis) {}

  private final AlqacData data;

  public AlqacBenchmark(AlqacData data) {
    this.data = data;
  }

  /** Runs every system, each in its own index directory under {@code workDir}, and closes it. */
  public List<Result> runAll(List<RetrievalSystem> systems, Path workDir) throws IOException {
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < systems.size(); i++) {
      try (RetrievalSystem system = systems.get(i)) {
        results.add(run(system, workDir.resolve("index-" + i)));
      }
    }
    return results;
  }

  /** Runs one system in its own index directory. */
  public Result run(RetrievalSystem system, Path workDir) throws IOException {
    long start = System.nanoTime();
    try (Directory dir = FSDirectory.open(workDir)) {
      index(system, dir);
      long indexMillis = (System.nanoTime() - start) / 1_000_000;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        return new Result(system.name(), evaluate(system, searcher, false), evaluate(system, searcher, true),
            indexMillis);
      }
    }
  }

  private void index(RetrievalSystem system, Directory dir) throws IOException {
    Map<String, Analyzer> perField = new HashMap<>();
    system.fields().forEach(f -> perField.put(f.name(), f.index()));
    Analyzer analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (AlqacData.Article article : data.articles()) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        for (FieldSpec field : system.fields()) {
          doc.add(new TextField(field.name(), article.text(), Field.Store.NO));
        }
        writer.addDocument(doc);
      }
    }
  }

  private Metrics evaluate(RetrievalSystem system, IndexSearcher searcher, boolean stripDiacritics)
      throws IOException {
    List<AlqacData.Question> questions = data.questions();
    int[] ranks = new int[questions.size()];
    for (int i = 0; i < ranks.length; i++) {
      AlqacData.Question q = questions.get(i);
      String text = stripDiacritics ? Diacritics.fold(q.statement()) : q.statement();
      ScoreDoc[] hits = searcher.search(system.query(text), DEPTH).scoreDocs;
      for (int r = 0; r < hits.length; r++) {
        if (q.relevant().contains(searcher.storedFields().document(hits[r].doc).get(ID))) {
          ranks[i] = r + 1;
          break;
        }
      }
    }
    return Metrics.of(ranks);
  }

  /** The results as a Markdown table, figures in points (percent). */
  public static String markdown(List<Result> results, int queries, int articles) {
    StringBuilder sb = new StringBuilder();
    sb.append("ALQAC 2023: ").append(articles).append(" articles, ").append(queries)
        .append(" statements, BM25 (k1=1.2, b=0.75), top ").append(DEPTH).append(" retrieved\n\n");
    sb.append("| system | MRR | S@1 | S@10 | MRR, no diacritics | S@1, no diacritics | S@10, no diacritics |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      sb.append("| ").append(r.system());
      for (Metrics m : List.of(r.asWritten(), r.stripped())) {
        sb.append(String.format(Locale.ROOT, " | %.1f | %.1f | %.1f",
            100 * m.mrr(), 100 * m.successAt1(), 100 * m.successAt10()));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }
}
