package vn.cancu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import vn.cancu.index.Schema;

/**
 * A generation's facet values of every document, read once into plain arrays. Decoding the doc
 * values of each match instead was a fifth of a search, a third for document numbers, whose
 * matches cite several documents each. Documents share their sets of values (a plan's clauses have
 * its province, year and level): 263 k documents of a 10k-plan corpus have 12 k distinct sets, so a
 * search counts its matches per set, reading one small array at random, then adds up each set's
 * values once.
 */
final class FacetOrdinals {
  private static final long ORDINAL_BITS = (1L << 30) - 1;

  private final int[] facetOf; // ordinal → its dimension's place in Schema.FACETS, -1 if not listed
  private final String[] valueOf; // ordinal → value
  private final int[] setOf; // document → its set of ordinals
  private final int[] setStart; // set → where its ordinals begin in setOrdinals; one entry more than sets
  private final int[] setOrdinals;

  private FacetOrdinals(int[] facetOf, String[] valueOf, int[] setOf, int[] setStart, int[] setOrdinals) {
    this.facetOf = facetOf;
    this.valueOf = valueOf;
    this.setOf = setOf;
    this.setStart = setStart;
    this.setOrdinals = setOrdinals;
  }

  /** Reads the facet values of every document; ordinals follow the labels' order, as Lucene's do. */
  static FacetOrdinals read(IndexReader reader) throws IOException {
    String field = Schema.facetsConfig().getDimConfig(Schema.KIND).indexFieldName; // shared by every dimension
    TreeSet<BytesRef> labels = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(field);
      if (values == null) continue;
      for (long ord = 0; ord < values.getValueCount(); ord++) labels.add(BytesRef.deepCopyOf(values.lookupOrd(ord)));
    }
    List<BytesRef> sorted = new ArrayList<>(labels);
    int[] facetOf = new int[sorted.size()];
    String[] valueOf = new String[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      String[] path = FacetsConfig.stringToPath(sorted.get(i).utf8ToString());
      facetOf[i] = Schema.FACETS.indexOf(path[0]);
      valueOf[i] = path.length > 1 ? path[1] : "";
    }
    Sets sets = new Sets();
    int[] setOf = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(field);
      int[] global = values == null ? new int[0] : globalOrdinals(values, sorted);
      int maxDoc = leaf.reader().maxDoc();
      int[] previous = null;
      int previousId = -1;
      for (int doc = 0; doc < maxDoc; doc++) {
        int[] ordinals = new int[values != null && values.advanceExact(doc) ? values.docValueCount() : 0];
        for (int i = 0; i < ordinals.length; i++) ordinals[i] = global[(int) values.nextOrd()];
        if (!Arrays.equals(ordinals, previous)) { // a plan's documents come together and often share a set
          previous = ordinals;
          previousId = sets.idOf(ordinals);
        }
        setOf[leaf.docBase + doc] = previousId;
      }
    }
    return new FacetOrdinals(facetOf, valueOf, setOf, sets.starts(), sets.ordinals());
  }

  /** Distinct sets of ordinals, numbered in order of first sight. */
  private static final class Sets {
    private final Map<Key, Integer> ids = new HashMap<>();
    private final List<int[]> byId = new ArrayList<>();

    private record Key(int[] ordinals) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Key k && Arrays.equals(ordinals, k.ordinals);
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(ordinals);
      }
    }

    int idOf(int[] ordinals) {
      return ids.computeIfAbsent(new Key(ordinals), k -> {
        byId.add(k.ordinals());
        return byId.size() - 1;
      });
    }

    int[] starts() {
      int[] starts = new int[byId.size() + 1];
      for (int i = 0; i < byId.size(); i++) starts[i + 1] = starts[i] + byId.get(i).length;
      return starts;
    }

    int[] ordinals() {
      return byId.stream().flatMapToInt(Arrays::stream).toArray();
    }
  }

  private static int[] globalOrdinals(SortedSetDocValues values, List<BytesRef> sorted) throws IOException {
    int[] global = new int[Math.toIntExact(values.getValueCount())];
    for (int ord = 0; ord < global.length; ord++) {
      global[ord] = Collections.binarySearch(sorted, values.lookupOrd(ord));
    }
    return global;
  }

  /**
   * Every facet dimension (see {@link Schema#FACETS}) with its values among {@code matched}: at most
   * {@code top} per dimension, most frequent first, ties in label order.
   */
  Map<String, List<SearchPage.FacetCount>> count(FixedBitSet matched, int top) {
    int[] counts = countsOf(matched);
    long[] keys = new long[counts.length];
    int n = 0;
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0 && facetOf[ord] >= 0) keys[n++] = rankKey(facetOf[ord], counts[ord], ord);
    }
    Arrays.sort(keys, 0, n);
    List<List<SearchPage.FacetCount>> byFacet = new ArrayList<>();
    for (int f = 0; f < Schema.FACETS.size(); f++) byFacet.add(new ArrayList<>());
    for (int i = 0; i < n; i++) {
      int ord = (int) (keys[i] & ORDINAL_BITS);
      List<SearchPage.FacetCount> values = byFacet.get(facetOf[ord]);
      if (values.size() < top) values.add(new SearchPage.FacetCount(valueOf[ord], counts[ord]));
    }
    Map<String, List<SearchPage.FacetCount>> out = new LinkedHashMap<>();
    for (int f = 0; f < byFacet.size(); f++) out.put(Schema.FACETS.get(f), List.copyOf(byFacet.get(f)));
    return out;
  }

  /** The matches of each ordinal: the matches of each set first, then each set's ordinals once. */
  private int[] countsOf(FixedBitSet matched) {
    int[] perSet = new int[setStart.length - 1];
    long[] words = matched.getBits();
    for (int w = 0; w < words.length; w++) {
      for (long bits = words[w]; bits != 0; bits &= bits - 1) perSet[setOf[(w << 6) | Long.numberOfTrailingZeros(bits)]]++;
    }
    int[] counts = new int[facetOf.length];
    for (int set = 0; set < perSet.length; set++) {
      if (perSet[set] == 0) continue;
      for (int i = setStart[set]; i < setStart[set + 1]; i++) counts[setOrdinals[i]] += perSet[set];
    }
    return counts;
  }

  /**
   * Ascending keys order by dimension, then most frequent first, then by ordinal (label order), so
   * one primitive sort ranks every dimension (boxed comparators were a third of counting). A
   * generation has a few thousand labels, far below the 2^30 the ordinal's bits hold.
   */
  private static long rankKey(int facet, int count, int ord) {
    return (long) facet << 61 | (long) (Integer.MAX_VALUE - count) << 30 | ord;
  }

  /** Every facet dimension with no values: a search that did not ask for counts. */
  static Map<String, List<SearchPage.FacetCount>> none() {
    Map<String, List<SearchPage.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Schema.FACETS) out.put(dim, List.of());
    return out;
  }
}
