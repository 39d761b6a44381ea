package vn.cancu.text.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Texts indexed on disk as the product indexes them ({@link VietnameseAnalyzers#perField()},
 * {@code text_exact} and {@code text_folded}), each with its position as id, and the query analyzer.
 */
final class TextIndex implements AutoCloseable {
  final DirectoryReader reader;
  final Analyzer queries = VietnameseAnalyzers.perFieldQuery();
  private final Directory directory;

  TextIndex(Path dir, String... texts) throws IOException {
    directory = FSDirectory.open(dir);
    try (Analyzer analyzer = VietnameseAnalyzers.perField();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < texts.length; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", String.valueOf(i), Field.Store.YES));
        doc.add(new TextField("text_exact", texts[i], Field.Store.NO));
        doc.add(new TextField("text_folded", texts[i], Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  IndexSearcher searcher() {
    return new IndexSearcher(reader);
  }

  /** The ids of the texts the query matches. */
  Set<String> ids(Query q) throws IOException {
    IndexSearcher searcher = searcher();
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc hit : searcher.search(q, 10).scoreDocs) ids.add(searcher.storedFields().document(hit.doc).get("id"));
    return ids;
  }

  @Override
  public void close() throws IOException {
    queries.close();
    reader.close();
    directory.close();
  }
}
