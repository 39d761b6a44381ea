package vn.cancu.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.cancu.document.Plan;

/**
 * One record per cited document (by scoped key) over a corpus. Documents cited by name resolve to
 * their number when any source gives it: a mention elsewhere ("Luật Đất đai số 45/2013/QH13"), a
 * directive's full text, or cite/known-laws.tsv (already applied by the finder). Immutable.
 */
public final class Catalog {
  private final List<DirectiveRecord> records;
  private final Map<String, DirectiveRecord> byScopedKey;

  private Catalog(List<DirectiveRecord> records) {
    this.records = List.copyOf(records);
    Map<String, DirectiveRecord> m = new LinkedHashMap<>();
    for (DirectiveRecord r : records) m.put(r.scopedKey(), r);
    this.byScopedKey = Map.copyOf(m);
  }

  /** A catalogue of records already merged, in the order {@link #build} gives them (as read back from an index). */
  public static Catalog of(List<DirectiveRecord> records) {
    return new Catalog(records);
  }

  public static Catalog build(Map<Plan, List<Citation>> mentions, List<DirectiveText> directiveTexts) {
    // Plans cite a few thousand names 184 k times at 10k plans: each is folded once.
    Map<String, String> folds = new HashMap<>();
    Function<String, String> fold = s -> folds.computeIfAbsent(s, Fold::fold);
    Map<String, String> nameToKey = new HashMap<>();
    for (List<Citation> cs : mentions.values()) {
      for (Citation c : cs) if (c.name() != null && c.number() != null) nameToKey.putIfAbsent(fold.apply(c.name()), c.key());
    }
    CitationFinder finder = new CitationFinder();
    for (DirectiveText t : directiveTexts) {
      for (Citation c : finder.find(t.title())) {
        if (c.name() != null && c.number() != null) nameToKey.putIfAbsent(fold.apply(c.name()), c.key());
      }
    }
    // By key and scope as a pair: joining them into the scoped key for each citation was a quarter of this.
    Map<Scoped, List<Entry>> groups = new LinkedHashMap<>();
    List<Plan> plans = new ArrayList<>(mentions.keySet());
    plans.sort(Comparator.comparing(Plan::id));
    for (Plan p : plans) {
      for (Citation c : mentions.get(p)) {
        String key = c.number() == null ? nameToKey.getOrDefault(fold.apply(c.key()), c.key()) : c.key();
        groups.computeIfAbsent(new Scoped(key, c.scope()), k -> new ArrayList<>()).add(new Entry(p.id(), key, c));
      }
    }
    // Records are independent and sorted below: build them on every core (a sixth of a server start).
    List<DirectiveRecord> records = new ArrayList<>(groups.values().parallelStream().map(Catalog::record).toList());
    for (DirectiveText t : directiveTexts) {
      if (!groups.containsKey(new Scoped(t.key(), null))) records.add(fromText(finder, t));
    }
    records.sort(Comparator.comparingInt(DirectiveRecord::mentionCount).reversed().thenComparing(DirectiveRecord::scopedKey));
    return new Catalog(records);
  }

  /** A cited document: its key and, for a local document, the province or commune it belongs to. */
  private record Scoped(String key, String scope) {}

  private record Entry(String planId, String key, Citation c) {}

  private static DirectiveRecord record(List<Entry> g) {
    String key = g.get(0).key();
    List<Citation> cs = g.stream().map(Entry::c).toList();
    DocType type = mostFrequent(cs, c -> c.type() == DocType.OTHER ? null : c.type());
    String number = mostFrequent(cs, Citation::number);
    if (number == null && !key.equals(g.get(0).c().key())) number = key.substring(0, key.indexOf('/'));
    LocalDate date = mostFrequent(cs, Citation::date);
    Integer year = date != null ? Integer.valueOf(date.getYear()) : mostFrequent(cs, Citation::year);
    String subject = mostFrequent(cs, c -> completeSubject(c.subject()));
    LinkedHashSet<String> variants = new LinkedHashSet<>();
    // Once per distinct wording: a directive is mostly written alike by the plans citing it.
    for (String written : new LinkedHashSet<>(cs.stream().map(Citation::written).toList())) variants.add(variant(written));
    List<CitingClause> citedBy = g.stream()
        .map(e -> new CitingClause(e.planId(), e.c().clause(), e.c().footnote(), e.c().start(), e.c().end(), e.c().written()))
        .toList();
    return new DirectiveRecord(key, type == null ? DocType.OTHER : type, number, year, date,
        mostFrequent(cs, Citation::issuer), cs.get(0).scope(), mostFrequent(cs, Citation::name), subject,
        List.copyOf(variants), cs.size(), citedBy);
  }

  private static DirectiveRecord fromText(CitationFinder finder, DirectiveText t) {
    Citation c = finder.find(t.title()).stream().filter(x -> x.key().equals(t.key())).findFirst().orElse(null);
    if (c == null) return new DirectiveRecord(t.key(), DocType.OTHER, null, null, null, null, null, t.title(), null, List.of(), 0, List.of());
    return new DirectiveRecord(t.key(), c.type(), c.number(), c.year(), c.date(), c.issuer(), null, c.name(), c.subject(),
        List.of(), 0, List.of());
  }

  /** A subject cut by a line end or an ellipsis is not a complete form. */
  private static String completeSubject(String s) {
    if (s == null || s.endsWith("...") || s.endsWith("…")) return null;
    return s;
  }

  // Compiled once: String.split compiled it for each of the corpus's citations at every load.
  private static final Pattern VARIANT_END = Pattern.compile("(?:,?\\s+ngày\\s|\\s+của\\s|\\s+về\\s|,\\s|\\s+\\()");

  /** The type word and symbol as written, without date, issuer and subject. */
  static String variant(String written) {
    return VARIANT_END.split(written, 2)[0].strip();
  }

  /** The most frequent non-null value; ties go to the longest, then the first seen. */
  // A plain loop: as streams with boxed counts, six of these per record were a third of building the
  // catalogue, itself a fifth of a 10k-plan server start.
  private static <T> T mostFrequent(List<Citation> cs, Function<Citation, T> f) {
    Map<T, int[]> counts = new LinkedHashMap<>();
    for (Citation c : cs) {
      T value = f.apply(c);
      if (value != null) counts.computeIfAbsent(value, v -> new int[1])[0]++;
    }
    T best = null;
    int bestCount = 0;
    int bestLength = 0;
    for (Map.Entry<T, int[]> e : counts.entrySet()) {
      int count = e.getValue()[0];
      int length = e.getKey().toString().length();
      if (count > bestCount || (count == bestCount && length > bestLength)) {
        best = e.getKey();
        bestCount = count;
        bestLength = length;
      }
    }
    return best;
  }

  public List<DirectiveRecord> records() {
    return records;
  }

  /**
   * A record by scoped key ("5-CT/TU@ninh-binh"), key ("33/CT-TTg", first scope when several), name
   * ("Luật Tố cáo") or written form ("Chỉ thị số 05/CT-TU").
   */
  public Optional<DirectiveRecord> find(String keyOrWritten) {
    DirectiveRecord r = byScopedKey.get(keyOrWritten);
    if (r != null) return Optional.of(r);
    String q = keyOrWritten.strip();
    List<Citation> cs = new CitationFinder().find(q);
    String key = cs.isEmpty() ? q : cs.get(0).key();
    String folded = Fold.fold(q);
    return records.stream()
        .filter(x -> x.key().equals(key) || x.key().equals(q) || (x.name() != null && Fold.fold(x.name()).equals(folded)))
        .findFirst();
  }
}
