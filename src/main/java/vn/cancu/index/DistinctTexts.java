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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The second index of a generation: one document per distinct searchable content. Plans copy
 * plans (a commune plan repeats its province plan's sections), so 263 k documents of a 10k-plan
 * corpus hold 21 k distinct texts. A query scores identically every document that has the same
 * searched fields (BM25 sees the same terms, length and weight), so search ranks these texts, once
 * each, and lists their documents ({@link Schema#TEXT_ID} links the two indexes).
 *
 * <p>The texts are kept shortest first. BM25 scores a short text above a long one with the same words,
 * so neighbouring texts score alike and the score bound of each block of postings is tight: a search
 * whose page is full skips whole blocks of longer texts ("dân vận khéo" at 10k plans scored 3.3 k
 * texts in the order they were first seen, 1 k in this one).
 */
final class DistinctTexts implements Closeable {
  /** The fields a query reads to score a document; everything else is for display and facets. */
  static final Set<String> SEARCHED = Set.of(
      Schema.exact(Schema.TEXT), Schema.folded(Schema.TEXT), Schema.CITED_KEY, Schema.CITED_TYPE_NUMBER, Schema.WEIGHT);

  /** A text's length in terms, the sort key of the texts index (which has no other use for it). */
  static final String LENGTH = "text_length";

  private final Directory directory;
  private final IndexWriter writer;
  private final Map<List<Object>, Integer> ids = new HashMap<>();

  DistinctTexts(IndexLayout.Generation generation, FieldAnalyzers analyzers) throws IOException {
    this.directory = FSDirectory.open(generation.texts());
    try {
      this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setIndexSort(new Sort(new SortField(LENGTH, SortField.Type.INT))));
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
      text.add(new NumericDocValuesField(LENGTH, terms(searched)));
      writer.addDocument(text);
    }
    doc.add(new NumericDocValuesField(Schema.TEXT_ID, id));
  }

  /**
   * Runs of letters and digits in the searched text: the terms the analyzers keep a position for, which
   * is the length BM25 scores with (the norm), counted without analysing the text again.
   */
  private static int terms(List<IndexableField> searched) {
    int terms = 0;
    for (IndexableField f : searched) {
      if (!f.name().equals(Schema.exact(Schema.TEXT))) continue;
      String s = f.stringValue();
      for (int i = 0; i < s.length(); i++) {
        if (Character.isLetterOrDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) terms++;
      }
    }
    return terms;
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
