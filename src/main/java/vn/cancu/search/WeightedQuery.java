package vn.cancu.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Multiplies a query's score by a per-document weight read from a float doc-values field, like
 * {@code FunctionScoreQuery.boostByValue}, but keeps top-k early termination (block-max WAND):
 * since no weight exceeds {@code maxWeight}, a document's score is at most the inner maximum times
 * {@code maxWeight}, and a document whose inner score is below {@code min / maxWeight} cannot
 * compete. FunctionScoreQuery reports an unbounded maximum instead, so every match gets scored.
 */
final class WeightedQuery extends Query {
  private final Query in;
  private final String field;
  private final float maxWeight;

  /** @param maxWeight the largest weight any document has; documents without one weigh this much */
  WeightedQuery(Query in, String field, float maxWeight) {
    if (!(maxWeight > 0) || Float.isInfinite(maxWeight)) throw new IllegalArgumentException("maxWeight must be positive: " + maxWeight);
    this.in = Objects.requireNonNull(in, "in");
    this.field = Objects.requireNonNull(field, "field");
    this.maxWeight = maxWeight;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? this : new WeightedQuery(rewritten, field, maxWeight);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) return inner;
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        if (supplier == null) return null;
        NumericDocValues weights = DocValues.getNumeric(context.reader(), field);
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new WeightedScorer(supplier.get(leadCost), weights, maxWeight);
          }

          @Override
          public long cost() {
            return supplier.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            supplier.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation inner = in.explain(context, doc);
        if (!inner.isMatch()) return inner;
        NumericDocValues weights = DocValues.getNumeric(context.reader(), field);
        float w = weight(weights, doc, maxWeight);
        return Explanation.match(inner.getValue().floatValue() * w, "product of:", inner, Explanation.match(w, "weight " + field));
      }
    };
  }

  private static float weight(NumericDocValues weights, int doc, float fallback) throws IOException {
    return weights.advanceExact(doc) ? Float.intBitsToFloat((int) weights.longValue()) : fallback;
  }

  private static final class WeightedScorer extends FilterScorer {
    private final NumericDocValues weights;
    private final float maxWeight;

    WeightedScorer(Scorer in, NumericDocValues weights, float maxWeight) {
      super(in);
      this.weights = weights;
      this.maxWeight = maxWeight;
    }

    @Override
    public float score() throws IOException {
      return in.score() * weight(weights, in.docID(), maxWeight);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo) * maxWeight;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // One ulp down: the product is rounded, so never skip a document that ties the minimum.
      in.setMinCompetitiveScore(Math.max(0f, Math.nextDown(minScore / maxWeight)));
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(in, "WEIGHTED"));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String defaultField) {
    return "weighted(" + in.toString(defaultField) + ", " + field + " <= " + maxWeight + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && in.equals(((WeightedQuery) other).in)
        && field.equals(((WeightedQuery) other).field)
        && maxWeight == ((WeightedQuery) other).maxWeight;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), in, field, maxWeight);
  }
}
