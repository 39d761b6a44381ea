package vn.cancu.wording;

import java.util.List;

/**
 * Which plans hold each shingle, for the shingles held by at most {@code maxPlans} plans (the
 * others are boilerplate that finds every plan). Primitive arrays, an open-addressing table from
 * shingle to term and one postings array: a large corpus has tens of millions of (shingle, plan)
 * pairs, which boxed maps of lists can neither build fast nor hold.
 */
final class ShinglePostings {
  private long[] keys = new long[1 << 16];
  /** Term id + 1 by table slot; 0 marks an empty slot. */
  private int[] ids = new int[1 << 16];
  private int terms;
  /** Start of each term's plans in {@link #postings}; a too-common term has an empty run. */
  private final int[] start;
  private final int[] postings;

  /** @param sets each plan's sorted distinct shingles, by plan index */
  ShinglePostings(List<long[]> sets, int maxPlans) {
    for (long[] set : sets) for (long h : set) add(h);
    int[] count = new int[terms];
    for (long[] set : sets) for (long h : set) count[term(h)]++;
    start = new int[terms + 1];
    int n = 0;
    for (int t = 0; t < terms; t++) {
      start[t] = n;
      if (count[t] <= maxPlans) n += count[t];
    }
    start[terms] = n;
    postings = new int[n];
    int[] filled = new int[terms];
    for (int p = 0; p < sets.size(); p++) {
      for (long h : sets.get(p)) {
        int t = term(h);
        if (count[t] <= maxPlans) postings[start[t] + filled[t]++] = p;
      }
    }
  }

  /** Adds one to {@code counts[p]} for each rare shingle of {@code set} that plan p holds. */
  void count(long[] set, int[] counts) {
    for (long h : set) {
      int t = term(h);
      if (t < 0) continue;
      for (int i = start[t]; i < start[t + 1]; i++) counts[postings[i]]++;
    }
  }

  /** The term of a shingle, or -1 if no plan holds it. */
  private int term(long h) {
    int mask = keys.length - 1;
    for (int s = slot(h, mask); ; s = (s + 1) & mask) {
      if (ids[s] == 0) return -1;
      if (keys[s] == h) return ids[s] - 1;
    }
  }

  private void add(long h) {
    int mask = keys.length - 1;
    int s = slot(h, mask);
    while (ids[s] != 0) {
      if (keys[s] == h) return;
      s = (s + 1) & mask;
    }
    keys[s] = h;
    ids[s] = ++terms;
    if (terms * 2 > keys.length) grow();
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldIds.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] == 0) continue;
      int s = slot(oldKeys[i], mask);
      while (ids[s] != 0) s = (s + 1) & mask;
      keys[s] = oldKeys[i];
      ids[s] = oldIds[i];
    }
  }

  private static int slot(long h, int mask) {
    return (int) Shingles.mix(h) & mask;
  }
}
