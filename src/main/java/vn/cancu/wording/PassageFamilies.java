package vn.cancu.wording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups passages into families of the same or nearly the same wording. Identical forms merge
 * first (boilerplate repeated in thousands of plans costs one comparison); the distinct forms then
 * meet in MinHash LSH buckets and join a family when their real shingle Jaccard reaches {@link
 * #MIN_JACCARD}. In a bucket each form is checked against the bucket's representatives only, so a
 * bucket of n near-copies costs n checks, not n².
 */
public final class PassageFamilies {
  public static final double MIN_JACCARD = 0.5;

  private final MinHash minHash = new MinHash();

  /** All families, singletons included, most plans first then longest. */
  public List<PassageFamily> group(List<Passage> passages) {
    Map<String, List<Passage>> byForm = new LinkedHashMap<>();
    for (Passage p : passages) byForm.computeIfAbsent(p.kind() + "\t" + p.form(), k -> new ArrayList<>()).add(p);
    List<List<Passage>> forms = new ArrayList<>(byForm.values());
    long[][] shingles = new long[forms.size()][];
    for (int i = 0; i < forms.size(); i++) shingles[i] = Shingles.of(forms.get(i).get(0).words());

    int[] parent = new int[forms.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    int[][] bands = bandKeys(forms, shingles);
    List<Integer> bucket = new ArrayList<>();
    for (int[] keys : bands) {
      long[] packed = new long[keys.length];
      for (int i = 0; i < keys.length; i++) packed[i] = ((long) keys[i] << 32) | i;
      Arrays.sort(packed);
      for (int i = 0; i < packed.length; ) {
        int j = i;
        bucket.clear();
        while (j < packed.length && (packed[j] >>> 32) == (packed[i] >>> 32)) bucket.add((int) packed[j++]);
        if (bucket.size() > 1) join(bucket, shingles, parent);
        i = j;
      }
    }
    Map<Integer, List<List<Passage>>> groups = new LinkedHashMap<>();
    for (int i = 0; i < forms.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(forms.get(i));
    List<PassageFamily> out = new ArrayList<>(groups.size());
    Words.Memo memo = new Words.Memo();
    for (List<List<Passage>> g : groups.values()) out.add(family(g, memo));
    out.sort(Comparator.comparingInt(PassageFamily::planCount).reversed()
        .thenComparing(f -> -f.text().length())
        .thenComparing(PassageFamily::id));
    return out;
  }

  /**
   * The 32-bit key of each band of each form's signature, kind included. Forms meet per band by
   * sorting (key, index) pairs packed in longs: 128 bytes a form and no hash map of buckets, so tens
   * of millions of forms fit in memory.
   */
  private int[][] bandKeys(List<List<Passage>> forms, long[][] shingles) {
    int[][] keys = new int[MinHash.BANDS][forms.size()];
    for (int i = 0; i < forms.size(); i++) {
      long[] sig = minHash.signature(shingles[i]);
      long kind = forms.get(i).get(0).kind().ordinal();
      for (int b = 0; b < MinHash.BANDS; b++) keys[b][i] = (int) Shingles.mix(MinHash.band(sig, b) + kind);
    }
    return keys;
  }

  /** Joins the forms of one bucket that are similar enough, each checked against representatives only. */
  private static void join(List<Integer> bucket, long[][] shingles, int[] parent) {
    List<Integer> reps = new ArrayList<>();
    for (int f : bucket) {
      boolean joined = false;
      for (int r : reps) {
        if (find(parent, f) == find(parent, r) || Shingles.jaccard(shingles[f], shingles[r]) >= MIN_JACCARD) {
          parent[find(parent, f)] = find(parent, r);
          joined = true;
          break;
        }
      }
      if (!joined) reps.add(f);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static PassageFamily family(List<List<Passage>> forms, Words.Memo memo) {
    // Each form's plans once: a family of boilerplate has thousands of forms to sort.
    record Form(List<Passage> passages, TreeSet<String> plans) {}
    List<Form> sorted = new ArrayList<>(forms.size());
    for (List<Passage> f : forms) sorted.add(new Form(f, plans(f)));
    sorted.sort(Comparator.comparingInt((Form f) -> -f.plans().size())
        .thenComparingInt(f -> -f.passages().size())
        .thenComparing(f -> f.plans().first()));
    List<Passage> top = sorted.get(0).passages();
    TreeSet<String> plans = new TreeSet<>();
    for (Form f : sorted) plans.addAll(f.plans());
    String text = top.get(0).text();
    List<Variant> variants = new ArrayList<>();
    for (Form f : sorted.subList(1, sorted.size())) {
      String vt = f.passages().get(0).text();
      variants.add(new Variant(vt, f.plans().size(), sources(f.passages()), WordDiff.diff(text, vt, memo)));
    }
    Passage first = top.get(0);
    String id = Long.toHexString(Shingles.fnv(first.kind() + "\t" + first.form()) >>> 4);
    return new PassageFamily(id, first.kind(), plans.size(), List.copyOf(plans), text, sources(top), variants);
  }

  private static TreeSet<String> plans(List<Passage> form) {
    TreeSet<String> out = new TreeSet<>();
    for (Passage p : form) out.add(p.planId());
    return out;
  }

  private static List<Source> sources(List<Passage> form) {
    return form.stream().map(Source::of).toList();
  }
}
