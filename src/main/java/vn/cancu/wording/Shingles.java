package vn.cancu.wording;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles hashed to 64 bits: every run of {@value #SIZE} consecutive normalised words. A text
 * shorter than that is one shingle of all its words, so short phrases still compare (equal or not).
 * Hashes are stable across runs (FNV-1a over chars, then mixed), so signatures can be stored.
 */
public final class Shingles {
  public static final int SIZE = 5;

  private Shingles() {}

  /** Sorted distinct shingle hashes of the words. */
  public static long[] of(List<String> words) {
    long[] out = positional(words);
    Arrays.sort(out);
    return dedupe(out);
  }

  /** The hash of the shingle starting at each word (one fewer than words - SIZE + 2, at least one). */
  public static long[] positional(List<String> words) {
    if (words.isEmpty()) return new long[0];
    long[] hashes = new long[words.size()];
    for (int i = 0; i < hashes.length; i++) hashes[i] = fnv(words.get(i));
    int k = Math.min(SIZE, hashes.length);
    long[] out = new long[hashes.length - k + 1];
    for (int i = 0; i < out.length; i++) {
      long h = k;
      for (int j = 0; j < k; j++) h = h * 0x9E3779B97F4A7C15L + hashes[i + j];
      out[i] = mix(h);
    }
    return out;
  }

  /** |a ∩ b| / |a ∪ b| of two sorted distinct arrays. */
  public static double jaccard(long[] a, long[] b) {
    int common = intersection(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** |a ∩ b| of two sorted distinct arrays. */
  public static int intersection(long[] a, long[] b) {
    int i = 0, j = 0, n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The splitmix64 finaliser: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] dedupe(long[] sorted) {
    if (sorted.length == 0) return sorted;
    int n = 1;
    for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[n - 1]) sorted[n++] = sorted[i];
    return Arrays.copyOf(sorted, n);
  }
}
