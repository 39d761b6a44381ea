package vn.cancu.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documents known by name: well-known laws (cite/known-laws.tsv) and party resolutions cited by
 * plenum and term (cite/named-resolutions.tsv). Immutable; loaded once.
 */
final class KnownDocuments {
  /** One version of a named document. */
  record Known(DocType type, String name, int year, String key, LocalDate date, String issuer) {}

  /** A party resolution cited as "Nghị quyết Trung ương N (khóa T)". */
  record NamedResolution(int plenum, String term, String key, String symbol, LocalDate date, String subject) {}

  private static final Map<String, List<Known>> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, Known> BY_KEY = new LinkedHashMap<>();
  private static final Map<String, NamedResolution> RESOLUTIONS = new LinkedHashMap<>();
  /** Folded names cut at each word ("luật", "luật tố", "luật tố cáo"): a name match can still grow. */
  private static final java.util.Set<String> PREFIXES = new java.util.HashSet<>();

  static {
    for (String[] r : Tsv.read("known-laws.tsv")) {
      Known k = new Known(DocType.valueOf(r[0]), r[1], Integer.parseInt(r[2]), r[3], LocalDate.parse(r[4]), r[5]);
      BY_NAME.computeIfAbsent(Fold.fold(r[1]), x -> new ArrayList<>()).add(k);
      BY_KEY.putIfAbsent(r[3], k);
    }
    for (String[] r : Tsv.read("named-resolutions.tsv")) {
      NamedResolution n =
          new NamedResolution(Integer.parseInt(r[0]), r[1], r[2], r[3], LocalDate.parse(r[4]), r[5]);
      RESOLUTIONS.put(r[0] + "-" + r[1], n);
    }
    BY_NAME.values().forEach(v -> v.sort(java.util.Comparator.comparingInt(Known::year)));
    for (String name : BY_NAME.keySet()) {
      for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
        String prefix = name.substring(0, i);
        PREFIXES.add(prefix.endsWith(",") ? prefix.substring(0, prefix.length() - 1) : prefix);
        PREFIXES.add(prefix);
      }
      PREFIXES.add(name);
    }
  }

  private KnownDocuments() {}

  /** All versions of a document by its full name ("Luật Tố cáo"), oldest first. */
  static List<Known> versions(String name) {
    return BY_NAME.getOrDefault(Fold.fold(Preamble.collapse(name)), List.of());
  }

  static Optional<Known> byKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  static Optional<NamedResolution> resolution(int plenum, String term) {
    return Optional.ofNullable(RESOLUTIONS.get(plenum + "-" + term));
  }

  /** Versions by an already folded, space-joined name. */
  static List<Known> versionsFolded(String folded) {
    return BY_NAME.getOrDefault(folded, List.of());
  }

  /** Whether some known name starts with these folded words. */
  static boolean isNamePrefix(String folded) {
    return PREFIXES.contains(folded);
  }
}
