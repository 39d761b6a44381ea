package vn.cancu.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a query matches, as one bit set by global document id, collected without scores:
 * the ranking, the total and the facet counts all read this one set.
 */
final class MatchedDocuments {
  private MatchedDocuments() {}

  static FixedBitSet of(IndexSearcher searcher, Query query) throws IOException {
    int maxDoc = searcher.getIndexReader().maxDoc();
    return searcher.search(query, new CollectorManager<Into, FixedBitSet>() {
      @Override
      public Into newCollector() {
        return new Into(new FixedBitSet(maxDoc));
      }

      @Override
      public FixedBitSet reduce(Collection<Into> collectors) {
        if (collectors.size() == 1) return collectors.iterator().next().bits; // one slice: no copy
        FixedBitSet all = new FixedBitSet(maxDoc);
        for (Into c : collectors) all.or(c.bits);
        return all;
      }
    });
  }

  /** Sets the bits of one slice's matches. */
  private record Into(FixedBitSet bits) implements Collector {
    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int base = context.docBase;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          bits.set(base + doc);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
