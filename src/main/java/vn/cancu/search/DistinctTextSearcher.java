package vn.cancu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.BytesRef;
import vn.cancu.index.Schema;

/**
 * Ranks a generation's documents by ranking its distinct texts (the generation's second index) and
 * listing each text's documents, so a text that 500 plans repeat is scored once, not 500 times.
 * The texts are scored with the statistics of the documents' index (document frequencies, average
 * length), so a text scores exactly as each of its documents would: the pages equal those of scoring
 * every document, ties in document order included.
 */
final class DistinctTextSearcher {
  /** Texts ranked first; more are read when too few of their documents pass the filters. */
  private static final int FIRST_TEXTS = 64;
  /** As {@link IndexSearcher#search(Query, int)} counts hits. */
  private static final int TOTAL_HITS_THRESHOLD = 1_000;
  /** Term statistics kept per generation before starting over. */
  private static final int KNOWN_TERMS = 100_000;

  private final IndexSearcher texts;
  private final int[] textIdOfText; // texts index doc → text id
  private final int[][] documentsOfText; // text id → documents' ids, ascending
  private final int[] textOfDocument; // document id → texts index doc

  private DistinctTextSearcher(IndexSearcher texts, int[] textIdOfText, int[][] documentsOfText) {
    this.texts = texts;
    this.textIdOfText = textIdOfText;
    this.documentsOfText = documentsOfText;
    this.textOfDocument = new int[Arrays.stream(documentsOfText).mapToInt(d -> d.length).sum()];
    for (int text = 0; text < textIdOfText.length; text++) {
      for (int doc : documentsOfText[textIdOfText[text]]) textOfDocument[doc] = text;
    }
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
    int[][] documentsOfText = documentsOfText(documents, textIds.length);
    documents.getReaderCacheHelper().addClosedListener(key -> textsReader.close());
    return new DistinctTextSearcher(texts, textIds, documentsOfText);
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
    for (int read = Math.max(FIRST_TEXTS, 2 * wanted); ; read *= 8) {
      TopDocs ranked = allowed == null ? texts.search(query, read) : texts.search(query, within(allowed, read));
      List<ScoreDoc> found = new ArrayList<>();
      float last = Float.NaN; // the score at which the page filled up
      boolean complete = ranked.scoreDocs.length < read; // every matching text was read
      for (ScoreDoc text : ranked.scoreDocs) {
        if (found.size() >= wanted && text.score < last) {
          complete = true; // the rest score lower: the page and its ties are all in
          break;
        }
        for (int doc : documentsOfText[textIdOfText[text.doc]]) {
          if (matching.get(doc)) found.add(new ScoreDoc(doc, text.score));
        }
        if (found.size() >= wanted && Float.isNaN(last)) last = text.score;
      }
      if (complete) {
        found.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return found.size() > wanted ? List.copyOf(found.subList(0, wanted)) : found;
      }
    }
  }

  /** The text of a document (its doc in the texts index): documents with one text are searched alike. */
  int textOf(int document) {
    return textOfDocument[document];
  }

  /** The texts (by texts index doc) of the documents. */
  private FixedBitSet textsOf(FixedBitSet documents) {
    FixedBitSet out = new FixedBitSet(textIdOfText.length);
    BitSetIterator it = new BitSetIterator(documents, 0);
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) out.set(textOf(doc));
    return out;
  }

  /** The top {@code n} texts, as {@link IndexSearcher#search(Query, int)} collects them, among {@code allowed}. */
  private static CollectorManager<Within, TopDocs> within(FixedBitSet allowed, int n) {
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(n, TOTAL_HITS_THRESHOLD);
    return new CollectorManager<>() {
      @Override
      public Within newCollector() throws IOException {
        return new Within(top.newCollector(), allowed);
      }

      @Override
      public TopDocs reduce(Collection<Within> collectors) throws IOException {
        return top.reduce(collectors.stream().map(Within::top).toList());
      }
    };
  }

  /** Passes on only the allowed texts, before they are scored. */
  private record Within(TopScoreDocCollector top, FixedBitSet allowed) implements Collector {
    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int base = context.docBase;
      return new FilterLeafCollector(top.getLeafCollector(context)) {
        @Override
        public void collect(int doc) throws IOException {
          if (allowed.get(base + doc)) super.collect(doc);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return top.scoreMode();
    }
  }
}
