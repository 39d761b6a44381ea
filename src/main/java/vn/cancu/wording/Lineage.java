package vn.cancu.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;
import vn.cancu.document.Span;

/**
 * Which plans share text with which, and where. A plan's text is its set of word shingles (basis,
 * outline, footnotes); the share of plan A found in plan B is |A ∩ B| / |A|, which is what a reader
 * means by "A copies B" even when B is much longer. Candidates come from an inverted index of
 * shingles ({@link ShinglePostings}); shingles in more than a twentieth of the plans (at least
 * 100: boilerplate every plan has) are not used to find candidates, only to measure them, which
 * bounds a query's cost at 100k plans. Only each plan's shingle set is kept; the asked plan's
 * shingles by clause are recomputed per request.
 *
 * <p>"Derives from": among the plans holding at least {@link #MIN_DERIVED_SHARE} of A's text and
 * known to come before A ({@link PlanOrder}: dates, then issuer level in one province, then A citing
 * the other's number), the one sharing most.
 */
public final class Lineage {
  static final double MIN_DERIVED_SHARE = 0.2;
  /** Clauses at least this similar are aligned side by side. */
  static final double MIN_ALIGN = 0.2;

  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<Plan> byIndex = new ArrayList<>();
  /** Each plan's sorted distinct shingles, by index: what shares are measured on. */
  private final List<long[]> sets = new ArrayList<>();
  private final ShinglePostings postings;

  /**
   * The asked plan's shingles, also by clause (null: the preamble) in text order, each clause's
   * sorted and distinct: what the per-clause shares are measured on.
   */
  private record Shingled(Plan plan, long[] set, Map<String, long[]> clauses) {}

  public Lineage(List<Plan> plans) {
    Words.Memo memo = new Words.Memo();
    for (Plan p : plans) {
      if (indexes.putIfAbsent(p.id(), byIndex.size()) != null) throw new IllegalArgumentException("duplicate plan id " + p.id());
      byIndex.add(p);
      sets.add(distinct(hashes(p, memo)));
    }
    this.postings = new ShinglePostings(sets, Math.max(100, plans.size() / 20));
  }

  /** Plans sharing text with {@code planId}, the one it derives from first, then by share. */
  public List<SimilarPlan> similar(String planId, int limit) {
    int self = index(planId);
    Shingled a = shingle(byIndex.get(self));
    if (a.set().length == 0) return List.of();
    int[] counts = new int[byIndex.size()];
    postings.count(a.set(), counts);
    counts[self] = 0;
    List<Integer> candidates = candidates(counts, Math.max(limit, 1) * 4);
    List<SimilarPlan> out = new ArrayList<>();
    String parent = null;
    double parentShare = 0;
    Map<String, PlanOrder.Evidence> order = new HashMap<>();
    for (int i : candidates) {
      Plan b = byIndex.get(i);
      long[] bSet = sets.get(i);
      int shared = Shingles.intersection(a.set(), bSet);
      double share = (double) shared / a.set().length;
      Optional<PlanOrder.Evidence> ev = PlanOrder.of(a.plan(), b);
      ev.ifPresent(e -> order.put(b.id(), e));
      if (ev.isPresent() && !ev.get().firstIsEarlier() && share >= MIN_DERIVED_SHARE && share > parentShare) {
        parent = b.id();
        parentShare = share;
      }
      out.add(new SimilarPlan(b.id(), share, (double) shared / bSet.length, shared, "shares-text", null,
          sharedClauses(a, bSet)));
    }
    List<SimilarPlan> ranked = new ArrayList<>();
    for (SimilarPlan s : out) ranked.add(withRelation(s, parent, order.get(s.planId())));
    String first = parent;
    ranked.sort(Comparator.comparing((SimilarPlan s) -> !s.planId().equals(first))
        .thenComparing(Comparator.comparingDouble(SimilarPlan::share).reversed())
        .thenComparing(SimilarPlan::planId));
    return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
  }

  /**
   * The plans sharing most rare shingles, at least {@code wanted} of them, and every plan tied
   * with the last (up to ten times {@code wanted}): a cut inside a tie would drop plans by the
   * accident of their order, and a plan sharing mostly common text ties with many.
   */
  private static List<Integer> candidates(int[] counts, int wanted) {
    List<Integer> ranked = java.util.stream.IntStream.range(0, counts.length)
        .filter(i -> counts[i] > 0)
        .boxed()
        .sorted(Comparator.comparingInt((Integer i) -> -counts[i]))
        .toList();
    int n = Math.min(wanted, ranked.size());
    while (n > 0 && n < ranked.size() && n < wanted * 10 && counts[ranked.get(n)] == counts[ranked.get(n - 1)]) n++;
    return ranked.subList(0, n);
  }

  private static SimilarPlan withRelation(SimilarPlan s, String parent, PlanOrder.Evidence ev) {
    String relation = "shares-text";
    String reason = percent(s.share()) + " nội dung của kế hoạch đang xem có trong kế hoạch này";
    if (s.planId().equals(parent)) {
      relation = "derives-from";
      reason += "; kế hoạch này có trước (" + ev.reason() + ")";
    } else if (ev != null && ev.firstIsEarlier() && s.reverseShare() >= MIN_DERIVED_SHARE) {
      relation = "source-of";
      reason = percent(s.reverseShare()) + " nội dung của kế hoạch này lấy từ kế hoạch đang xem, vốn có trước ("
          + ev.reason() + ")";
    }
    return new SimilarPlan(s.planId(), s.share(), s.reverseShare(), s.shared(), relation, reason, s.clauses());
  }

  /** The asked plan's clauses side by side with the other plan's, aligned by similarity. */
  public List<AlignedClause> compare(String planId, String otherId) {
    Plan a = byIndex.get(index(planId)), b = byIndex.get(index(otherId));
    List<Clause> ca = a.allClauses(), cb = b.allClauses();
    long[][] sa = ca.stream().map(c -> Shingles.of(Words.norms(Words.of(c.fullText())))).toArray(long[][]::new);
    long[][] sb = cb.stream().map(c -> Shingles.of(Words.norms(Words.of(c.fullText())))).toArray(long[][]::new);
    record Pair(int i, int j, double sim) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < ca.size(); i++) {
      for (int j = 0; j < cb.size(); j++) {
        double sim = Shingles.jaccard(sa[i], sb[j]);
        if (sim >= MIN_ALIGN) pairs.add(new Pair(i, j, sim));
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::sim).reversed());
    int[] match = new int[ca.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] used = new boolean[cb.size()];
    double[] sims = new double[ca.size()];
    for (Pair p : pairs) {
      if (match[p.i()] >= 0 || used[p.j()]) continue;
      match[p.i()] = p.j();
      used[p.j()] = true;
      sims[p.i()] = p.sim();
    }
    List<AlignedClause> out = new ArrayList<>();
    for (int i = 0; i < ca.size(); i++) {
      String ta = ca.get(i).fullText();
      if (match[i] < 0) {
        out.add(new AlignedClause(ca.get(i).id(), null, 0, WordDiff.diff("", ta)));
      } else {
        Clause o = cb.get(match[i]);
        out.add(new AlignedClause(ca.get(i).id(), o.id(), sims[i], WordDiff.diff(o.fullText(), ta)));
      }
    }
    for (int j = 0; j < cb.size(); j++) {
      if (!used[j]) out.add(new AlignedClause(null, cb.get(j).id(), 0, WordDiff.diff(cb.get(j).fullText(), "")));
    }
    return out;
  }

  public boolean contains(String planId) {
    return indexes.containsKey(planId);
  }

  private int index(String id) {
    Integer i = indexes.get(Objects.requireNonNull(id, "planId"));
    if (i == null) throw new IllegalArgumentException("unknown plan " + id);
    return i;
  }

  private static List<SharedClause> sharedClauses(Shingled a, long[] bSet) {
    List<SharedClause> out = new ArrayList<>();
    a.clauses().forEach((c, set) -> {
      int shared = Shingles.intersection(set, bSet);
      if (shared > 0) out.add(new SharedClause(c, shared, (double) shared / set.length));
    });
    out.sort(Comparator.comparingInt(SharedClause::shared).reversed());
    return out;
  }

  /** The asked plan's shingles with their clauses: one plan's worth, so recomputed per request. */
  private static Shingled shingle(Plan p) {
    List<String> clauses = new ArrayList<>();
    long[] h = hashes(p, null, clauses);
    Map<String, List<Long>> byClause = new LinkedHashMap<>();
    for (int i = 0; i < h.length; i++) byClause.computeIfAbsent(clauses.get(i), k -> new ArrayList<>()).add(h[i]);
    Map<String, long[]> sets = new LinkedHashMap<>();
    byClause.forEach((c, hs) -> sets.put(c, distinct(hs.stream().mapToLong(Long::longValue).toArray())));
    return new Shingled(p, distinct(h), sets);
  }

  private static long[] hashes(Plan p, Words.Memo memo) {
    return hashes(p, memo, null);
  }

  /** The plan's shingle hashes in text order (basis, outline, footnotes); their clauses to {@code clauses} if given. */
  private static long[] hashes(Plan p, Words.Memo memo, List<String> clauses) {
    List<Span> regions = new ArrayList<>();
    for (Paragraph para : p.basis()) regions.add(para.span());
    for (Clause c : p.clauses()) regions.add(c.span());
    for (Footnote f : p.footnotes()) regions.add(f.span());
    long[][] parts = new long[regions.size()][];
    int n = 0;
    for (int r = 0; r < parts.length; r++) {
      List<Word> words = Words.of(p.text(), regions.get(r).start(), regions.get(r).end(), memo);
      parts[r] = Shingles.positional(Words.norms(words));
      n += parts[r].length;
      if (clauses == null) continue;
      for (int i = 0; i < parts[r].length; i++) {
        int at = words.get(i).start();
        clauses.add(p.footnoteAt(at).map(Footnote::clauseId).orElseGet(() -> p.clauseAt(at).map(Clause::id).orElse(null)));
      }
    }
    long[] out = new long[n];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  private static long[] distinct(long[] hashes) {
    long[] set = hashes.clone();
    java.util.Arrays.sort(set);
    return java.util.Arrays.stream(set).distinct().toArray();
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
