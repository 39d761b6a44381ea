package vn.cancu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects, in one pass over the ranked texts, the best texts whose matching documents fill a page,
 * and every text tied with the last of them: a page lists equal scores in document order, and 477
 * distinct texts share the best score of "dân vận khéo" at 10k plans. Texts that cannot reach the
 * page are skipped by the query's score bounds (ties are kept: the minimum is inclusive).
 */
final class PageTexts implements CollectorManager<PageTexts.Best, List<ScoreDoc>> {
  private final int[][] documentsOf; // texts index doc → its documents, ascending
  private final FixedBitSet matching;
  private final FixedBitSet allowed; // texts worth scoring; null: all
  private final int wanted;

  /**
   * @param documentsOf a text's documents (by texts index doc), ascending
   * @param matching the documents the whole query (filters included) matches
   * @param allowed the texts with a matching document, or null to score every text the query matches
   * @param wanted how many documents the page needs (offset included)
   */
  PageTexts(int[][] documentsOf, FixedBitSet matching, FixedBitSet allowed, int wanted) {
    this.documentsOf = documentsOf;
    this.matching = matching;
    this.allowed = allowed;
    this.wanted = wanted;
  }

  /** The texts of one score and how many matching documents they have. */
  private static final class Tie {
    final List<Integer> texts = new ArrayList<>();
    int documents;
  }

  /** The best texts of one slice of the index, by score. */
  final class Best implements Collector {
    private final TreeMap<Float, Tie> byScore = new TreeMap<>();
    private int documents; // matching documents of the texts kept

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int base = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;

        @Override
        public void setScorer(Scorable scorer) {
          this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
          int text = base + doc;
          if (allowed != null && !allowed.get(text)) return;
          float score = scorer.score();
          if (documents >= wanted && score < byScore.firstKey()) return;
          if (keep(text, score)) scorer.setMinCompetitiveScore(byScore.firstKey());
        }
      };
    }

    /** Keeps the text if it has matching documents; whether the page is full. */
    private boolean keep(int text, float score) {
      int count = 0;
      for (int d : documentsOf[text]) if (matching.get(d)) count++;
      if (count == 0) return documents >= wanted;
      Tie tie = byScore.computeIfAbsent(score, s -> new Tie());
      tie.texts.add(text);
      tie.documents += count;
      documents += count;
      dropBeyondThePage();
      return documents >= wanted;
    }

    /** Drops the lowest score's texts while the higher ones fill the page without them. */
    private void dropBeyondThePage() {
      while (documents - byScore.firstEntry().getValue().documents >= wanted) {
        documents -= byScore.pollFirstEntry().getValue().documents;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }
  }

  @Override
  public Best newCollector() {
    return new Best();
  }

  /** The page's documents: best score first, then document id, as Lucene orders hits. */
  @Override
  public List<ScoreDoc> reduce(Collection<Best> slices) {
    Best all = slices.size() == 1 ? slices.iterator().next() : merged(slices);
    List<ScoreDoc> found = new ArrayList<>();
    for (Map.Entry<Float, Tie> e : all.byScore.descendingMap().entrySet()) {
      for (int text : e.getValue().texts) {
        for (int d : documentsOf[text]) if (matching.get(d)) found.add(new ScoreDoc(d, e.getKey()));
      }
    }
    found.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    return found.size() > wanted ? List.copyOf(found.subList(0, wanted)) : found;
  }

  private Best merged(Collection<Best> slices) {
    Best all = new Best();
    for (Best slice : slices) {
      slice.byScore.forEach((score, tie) -> {
        Tie into = all.byScore.computeIfAbsent(score, s -> new Tie());
        into.texts.addAll(tie.texts);
        into.documents += tie.documents;
        all.documents += tie.documents;
      });
    }
    if (!all.byScore.isEmpty()) all.dropBeyondThePage();
    return all;
  }
}
