package vn.cancu.text.analysis.eval;

/** Ranking quality over a query set: mean reciprocal rank, success@1 and success@10, as fractions. */
public record Metrics(double mrr, double successAt1, double successAt10, int queries) {

  /** @param ranks 1-based rank of the first relevant result per query, 0 when none was retrieved */
  public static Metrics of(int[] ranks) {
    double rr = 0;
    int at1 = 0;
    int at10 = 0;
    for (int rank : ranks) {
      if (rank > 0) {
        rr += 1.0 / rank;
        at1 += rank == 1 ? 1 : 0;
        at10 += rank <= 10 ? 1 : 0;
      }
    }
    int n = ranks.length;
    return new Metrics(rr / n, (double) at1 / n, (double) at10 / n, n);
  }
}
