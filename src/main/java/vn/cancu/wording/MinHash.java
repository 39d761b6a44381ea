package vn.cancu.wording;

/**
 * MinHash signatures and their LSH bands. With {@value #HASHES} hash functions in {@value #BANDS}
 * bands of {@value #ROWS} rows, two passages share a band with probability 1 - (1 - J^4)^32: 0.87
 * at Jaccard 0.5, 0.99 at 0.6, 0.05 at 0.2. Candidates are then verified on their real shingle
 * sets, so the bands only decide which pairs get compared: each passage is looked up in 32 hash
 * buckets instead of against every other passage, which keeps the grouping near-linear in the
 * number of passages (100k plans give tens of millions of sentences).
 */
public final class MinHash {
  public static final int HASHES = 128;
  public static final int BANDS = 32;
  public static final int ROWS = HASHES / BANDS;

  private final long[] seeds = new long[HASHES];

  public MinHash() {
    long s = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = Shingles.mix(s);
    }
  }

  public long[] signature(long[] shingles) {
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = Shingles.mix(x ^ seeds[i]);
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }

  /** The bucket key of one band of a signature. */
  public static long band(long[] signature, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) h = h * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
    return Shingles.mix(h);
  }
}
