package vn.cancu.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The second index of a generation: one document per distinct searchable content. Plans copy
 * plans (a commune plan repeats its province plan's sections), so 263 k documents of a 10k-plan
 * corpus hold 21 k distinct texts. A query scores identically every document that has the same
 * searched fields (BM25 sees the same terms, length and weight), so search ranks these texts, once
 * each, and lists their documents ({@link Schema#TEXT_ID} links the two indexes).
 */
final class DistinctTexts implements Closeable {
  /** The fields a query reads to score a document; everything else is for display and facets. */
  static final Set<String> SEARCHED = Set.of(
      Schema.exact(Schema.TEXT), Schema.folded(Schema.TEXT), Schema.CITED_KEY, Schema.CITED_TYPE_NUMBER, Schema.WEIGHT);

  private final Directory directory;
  private final IndexWriter writer;
  private final Map<List<Object>, Integer> ids = new HashMap<>();

  DistinctTexts(IndexLayout.Generation generation, FieldAnalyzers analyzers) throws IOException {
    this.directory = FSDirectory.open(generation.texts());
    try {
      this.writer = new IndexWriter(
          directory, new IndexWriterConfig(analyzers.perField()).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Marks the document with its text's id, indexing the text the first time it is seen. */
  void assign(Document doc) throws IOException {
    List<IndexableField> searched = new ArrayList<>();
    List<Object> key = new ArrayList<>();
    for (IndexableField f : doc.getFields()) {
      if (!SEARCHED.contains(f.name())) continue;
      searched.add(f);
      key.add(f.name());
      key.add(f.stringValue() != null ? f.stringValue() : f.numericValue());
    }
    Integer id = ids.get(key);
    if (id == null) {
      id = ids.size();
      ids.put(key, id);
      Document text = new Document();
      searched.forEach(text::add);
      text.add(new NumericDocValuesField(Schema.TEXT_ID, id));
      writer.addDocument(text);
    }
    doc.add(new NumericDocValuesField(Schema.TEXT_ID, id));
  }

  /** Merges into one segment (the index is never written again) and commits. */
  void commit() throws IOException {
    writer.forceMerge(1);
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
