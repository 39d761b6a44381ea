package vn.cancu.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import vn.cancu.index.Schema;

/**
 * Ranks a generation's documents by ranking its distinct texts (the generation's second index) and
 * listing each text's documents, so a text that 500 plans repeat is scored once, not 500 times.
 * The texts are scored with the statistics of the documents' index (document frequencies, average
 * length), so a text scores exactly as each of its documents would: the pages equal those of scoring
 * every document, ties in document order included.
 */
final class DistinctTextSearcher {
  /** Term statistics kept per generation before starting over. */
  private static final int KNOWN_TERMS = 100_000;

  private final IndexSearcher texts;
  private final int[][] documentsOf; // texts index doc → its documents' ids, ascending
  private final int[] textOf; // document id → texts index doc

  private DistinctTextSearcher(IndexSearcher texts, int[][] documentsOf, int[] textOf) {
    this.texts = texts;
    this.documentsOf = documentsOf;
    this.textOf = textOf;
  }

  /**
   * @param documents the generation's main reader; its statistics score the texts, and closing it
   *     (its last reference) closes {@code textsReader}
   */
  static DistinctTextSearcher open(DirectoryReader documents, DirectoryReader textsReader) throws IOException {
    IndexSearcher statistics = new IndexSearcher(documents);
    // A generation never changes, so a term's statistics are looked up once: most queries share words.
    Map<Term, TermStatistics> known = new ConcurrentHashMap<>();
    IndexSearcher texts =
        new IndexSearcher(textsReader) {
          @Override
          public CollectionStatistics collectionStatistics(String field) throws IOException {
            return statistics.collectionStatistics(field);
          }

          @Override
          public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
            TermStatistics cached = known.get(term);
            if (cached != null) return cached;
            TermStates states = TermStates.build(statistics, term, true);
            if (states.docFreq() == 0) return null;
            Term key = new Term(term.field(), BytesRef.deepCopyOf(term.bytes()));
            TermStatistics found = statistics.termStatistics(key, states.docFreq(), states.totalTermFreq());
            if (known.size() >= KNOWN_TERMS) known.clear(); // bounded: queries can name any term
            known.put(key, found);
            return found;
          }
        };
    int[] textIds = textIds(textsReader);
    int[][] byTextId = documentsOfText(documents, textIds.length);
    int[][] documentsOf = new int[textIds.length][];
    int[] textOf = new int[documents.maxDoc()];
    for (int text = 0; text < textIds.length; text++) {
      documentsOf[text] = byTextId[textIds[text]];
      for (int doc : documentsOf[text]) textOf[doc] = text;
    }
    documents.getReaderCacheHelper().addClosedListener(key -> textsReader.close());
    return new DistinctTextSearcher(texts, documentsOf, textOf);
  }

  private static int[] textIds(IndexReader reader) throws IOException {
    int[] ids = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = required(leaf);
      for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
        ids[leaf.docBase + doc] = (int) values.longValue();
      }
    }
    return ids;
  }

  private static int[][] documentsOfText(IndexReader documents, int textCount) throws IOException {
    int[] counts = new int[textCount];
    for (LeafReaderContext leaf : documents.leaves()) {
      NumericDocValues values = required(leaf);
      while (values.nextDoc() != NumericDocValues.NO_MORE_DOCS) counts[(int) values.longValue()]++;
    }
    int[][] out = new int[textCount][];
    for (int i = 0; i < textCount; i++) out[i] = new int[counts[i]];
    int[] filled = new int[textCount];
    for (LeafReaderContext leaf : documents.leaves()) {
      NumericDocValues values = required(leaf);
      for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
        int text = (int) values.longValue();
        out[text][filled[text]++] = leaf.docBase + doc;
      }
    }
    return out;
  }

  private static NumericDocValues required(LeafReaderContext leaf) throws IOException {
    NumericDocValues values = leaf.reader().getNumericDocValues(Schema.TEXT_ID);
    if (values == null) throw new IOException("index segment without " + Schema.TEXT_ID + ": rebuild the index");
    return values;
  }

  /**
   * The first {@code wanted} documents that {@code matching} accepts, ranked by {@code query}
   * (highest score first, then document id, as Lucene orders hits).
   *
   * @param query the scoring query, without the facet filters (texts have no facets)
   * @param matching the documents the whole query (filters included) matches, by document id
   * @param narrowed whether {@code matching} is narrower than {@code query}'s matches (facet
   *     filters): the texts are then first restricted to those with a matching document, or the
   *     best texts of other provinces or kinds would be read and dropped, again and again
   */
  List<ScoreDoc> top(Query query, FixedBitSet matching, boolean narrowed, int wanted) throws IOException {
    FixedBitSet allowed = narrowed ? textsOf(matching) : null;
    return texts.search(query, new PageTexts(documentsOf, matching, allowed, wanted));
  }

  /** The text of a document (its doc in the texts index): documents with one text are searched alike. */
  int textOf(int document) {
    return textOf[document];
  }

  /** The texts (by texts index doc) of the documents. */
  private FixedBitSet textsOf(FixedBitSet documents) {
    FixedBitSet out = new FixedBitSet(documentsOf.length);
    BitSetIterator it = new BitSetIterator(documents, 0);
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) out.set(textOf(doc));
    return out;
  }
}
