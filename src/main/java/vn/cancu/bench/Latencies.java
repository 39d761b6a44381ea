package vn.cancu.bench;

import java.util.Arrays;

/**
 * Latency percentiles of a run, in milliseconds.
 *
 * @param count requests answered
 * @param errors requests that failed
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max slowest
 * @param perSecond requests answered per second of wall time
 */
public record Latencies(int count, int errors, double p50, double p95, double p99, double max, double perSecond) {

  /** Percentiles (nearest rank) of the given durations in nanoseconds. */
  static Latencies of(long[] nanos, int errors, long wallNanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, errors, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        wallNanos == 0 ? 0 : sorted.length / (wallNanos / 1e9));
  }

  private static double rank(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }
}
