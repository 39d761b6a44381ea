package vn.cancu.document;

import java.util.Arrays;

/**
 * Where each char of a plan's repaired text came from in the extracted text, stored as runs of
 * offsets counting up by one. Repair mostly copies text through, so a plan has a few hundred runs
 * where a per-char array held one int per char: that array was 40 % of a loaded 10k-plan corpus.
 * Immutable; equal when they map every char alike.
 */
public final class SourceOffsets {
  private final int length;
  // Run k covers indexes [starts[k], starts[k + 1]) and maps index i to values[k] + (i - starts[k]).
  private final int[] starts;
  private final int[] values;

  private SourceOffsets(int length, int[] starts, int[] values) {
    this.length = length;
    this.starts = starts;
    this.values = values;
  }

  /** The runs of a per-char offset array. */
  public static SourceOffsets of(int[] offsets) {
    Builder b = new Builder();
    int i = 0;
    while (i < offsets.length) {
      int j = i + 1;
      while (j < offsets.length && offsets[j] == offsets[j - 1] + 1) j++;
      b.addRun(offsets[i], j - i);
      i = j;
    }
    return b.build();
  }

  /** Builds the map run by run, e.g. when reading the runs back from a file. */
  public static final class Builder {
    private int length;
    private int runs;
    private int[] starts = new int[16];
    private int[] values = new int[16];

    /** Appends {@code count} indexes mapped to {@code first}, {@code first + 1}, ... */
    public Builder addRun(int first, int count) {
      if (count <= 0) throw new IllegalArgumentException("run of " + count + " offsets");
      if (runs > 0 && values[runs - 1] + (length - starts[runs - 1]) == first) {
        length += count; // continues the previous run
        return this;
      }
      if (runs == starts.length) {
        starts = Arrays.copyOf(starts, runs * 2);
        values = Arrays.copyOf(values, runs * 2);
      }
      starts[runs] = length;
      values[runs] = first;
      runs++;
      length += count;
      return this;
    }

    public SourceOffsets build() {
      return new SourceOffsets(length, Arrays.copyOf(starts, runs), Arrays.copyOf(values, runs));
    }
  }

  /** Number of mapped indexes: the text length + 1, the last one mapping the end. */
  public int length() {
    return length;
  }

  /** The source offset of text index {@code index}. */
  public int get(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("offset " + index + " outside [0, " + length + ")");
    }
    int k = Arrays.binarySearch(starts, index);
    if (k < 0) k = -k - 2; // the run starting before it
    return values[k] + (index - starts[k]);
  }

  /** Number of runs, for writers that store the map as (first, count) pairs. */
  public int runCount() {
    return starts.length;
  }

  /** First source offset of run {@code k}. */
  public int runFirst(int k) {
    return values[k];
  }

  /** Number of indexes in run {@code k}. */
  public int runLength(int k) {
    return (k + 1 < starts.length ? starts[k + 1] : length) - starts[k];
  }

  /** One offset per index, as a fresh array. */
  public int[] toArray() {
    int[] out = new int[length];
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : length;
      for (int i = starts[k]; i < end; i++) out[i] = values[k] + (i - starts[k]);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceOffsets s
        && length == s.length
        && Arrays.equals(starts, s.starts)
        && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * length + Arrays.hashCode(starts)) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "SourceOffsets[" + length + " offsets in " + starts.length + " runs]";
  }
}
