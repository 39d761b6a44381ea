package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglePostingsTest {
  @Test
  void countsSharedRareShinglesPerPlanAndSkipsCommonOnes() {
    // Shingle 7 is in all three plans: with maxPlans 2 it is boilerplate and finds nobody.
    List<long[]> sets = List.of(new long[] {1, 2, 7}, new long[] {2, 3, 7}, new long[] {1, 2, 7, 9});
    ShinglePostings postings = new ShinglePostings(sets, 2);
    int[] counts = new int[3];
    postings.count(new long[] {1, 3, 7, 42}, counts);
    assertArrayEquals(new int[] {1, 1, 1}, counts);
    int[] all = new int[3];
    new ShinglePostings(sets, 3).count(new long[] {2, 7}, all);
    assertArrayEquals(new int[] {2, 2, 2}, all);
  }

  @Test
  void holdsMoreTermsThanItsFirstTableAndZeroHashes() {
    List<long[]> sets = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      long[] set = new long[100_000];
      for (int i = 0; i < set.length; i++) set[i] = (long) i * 4 + p - 1; // -1, 3, 7... for plan 0; 0 for plan 1
      sets.add(set);
    }
    sets.add(new long[] {-1, 0, 399_999});
    int[] counts = new int[5];
    new ShinglePostings(sets, 10).count(new long[] {-1, 0, 399_999, 5}, counts);
    assertArrayEquals(new int[] {1, 1, 1, 0, 3}, counts);
  }
}
