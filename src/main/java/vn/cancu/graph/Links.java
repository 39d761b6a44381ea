package vn.cancu.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merging of a clause's links: one link per document, the strongest kind, evidence pooled. */
final class Links {
  private Links() {}

  static BasisLink inherit(BasisLink l, String clauseId) {
    return new BasisLink(clauseId, l.key(), BasisKind.INHERITED, l.relation(), l.score(), l.evidence());
  }

  /**
   * One link per key: the strongest kind wins; evidence of that kind is pooled in order; the relation
   * is the first one that says more than "mentions". Result sorted by kind, then score, stable.
   */
  static List<BasisLink> merge(List<BasisLink> links) {
    Map<String, BasisLink> byKey = new LinkedHashMap<>();
    for (BasisLink l : links) {
      BasisLink seen = byKey.get(l.key());
      if (seen == null || l.kind().ordinal() < seen.kind().ordinal()) {
        byKey.put(l.key(), l);
      } else if (l.kind() == seen.kind()) {
        List<Evidence> ev = new ArrayList<>(seen.evidence());
        for (Evidence e : l.evidence()) if (!ev.contains(e)) ev.add(e);
        String relation = seen.relation().equals("mentions") ? l.relation() : seen.relation();
        byKey.put(l.key(), new BasisLink(seen.clauseId(), seen.key(), seen.kind(), relation,
            Math.max(seen.score(), l.score()), ev));
      }
    }
    List<BasisLink> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparingInt((BasisLink l) -> l.kind().ordinal())
        .thenComparing(Comparator.comparingDouble(BasisLink::score).reversed()));
    return List.copyOf(out);
  }
}
