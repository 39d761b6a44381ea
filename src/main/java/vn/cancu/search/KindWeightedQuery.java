package vn.cancu.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import vn.cancu.index.Schema;

/**
 * A query's score times the document's kind weight ({@link Schema#WEIGHT}, at most 1; 1 when
 * absent), computed as {@code FunctionScoreQuery.boostByValue} computes it. Unlike that query, it
 * keeps the inner query's score bounds: a weight never raises a score, so a top-hits search still
 * skips the documents whose words cannot score high enough, which was most of ranking common words.
 */
final class KindWeightedQuery extends Query {
  private final Query query;

  KindWeightedQuery(Query query) {
    this.query = Objects.requireNonNull(query, "query");
  }

  /** The query whose scores are weighted. */
  Query query() {
    return query;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = query.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) return inner;
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier scorers = in.scorerSupplier(context);
        if (scorers == null) return null;
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new Weighted(scorers.get(leadCost), context.reader().getNumericDocValues(Schema.WEIGHT));
          }

          @Override
          public long cost() {
            return scorers.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            scorers.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation inner = in.explain(context, doc);
        if (!inner.isMatch()) return inner;
        float weight = weight(context.reader().getNumericDocValues(Schema.WEIGHT), doc);
        return Explanation.match(weighted(inner.getValue().floatValue(), weight), "kind weight " + weight + " times:", inner);
      }
    };
  }

  /** The document's weight; advances {@code weights} to it. */
  private static float weight(NumericDocValues weights, int doc) throws IOException {
    return weights != null && weights.advanceExact(doc) ? Float.intBitsToFloat((int) weights.longValue()) : 1f;
  }

  /** As FunctionScoreQuery multiplies: in doubles, rounded once. */
  private static float weighted(float score, float weight) {
    return (float) ((double) score * weight);
  }

  /** The inner scorer's matches and bounds, its scores weighted. */
  private static final class Weighted extends FilterScorer {
    private final NumericDocValues weights;

    Weighted(Scorer in, NumericDocValues weights) {
      super(in);
      this.weights = weights;
    }

    @Override
    public float score() throws IOException {
      return weighted(in.score(), weight(weights, docID()));
    }

    // Weights are at most 1: the inner bounds hold for the weighted scores, and a document whose inner
    // score cannot reach a minimum cannot reach it weighted either.
    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? this : new KindWeightedQuery(rewritten);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "kind-weighted(" + query.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && query.equals(((KindWeightedQuery) o).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }
}
