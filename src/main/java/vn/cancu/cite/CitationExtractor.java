package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/**
 * Citations of one plan: the finder's mentions in {@code plan.text()}, each placed in its clause and
 * footnote, given a scope, and without the plan's own number.
 */
public final class CitationExtractor {
  private final CitationFinder finder;

  public CitationExtractor() {
    this(new CitationFinder());
  }

  public CitationExtractor(CitationFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  public List<Citation> extract(Plan plan) {
    Header h = plan.header();
    String province = h == null ? null : h.province();
    String ownKey = ownKey(h);
    List<Citation> out = new ArrayList<>();
    Integer asOf = h != null && h.date() != null ? h.date().getYear() : Integer.MAX_VALUE;
    for (Citation c : finder.find(plan.text(), asOf)) {
      String scope = null;
      if (Scopes.isLocal(c.key())) {
        String named = Scopes.provinceIn(c.issuer());
        scope = named != null ? named : province;
      }
      if (c.key().equals(ownKey) && Objects.equals(scope, province)) continue;
      Optional<Footnote> fn = plan.footnoteAt(c.start());
      String clause = fn.map(Footnote::clauseId).orElseGet(() -> plan.clauseAt(c.start()).map(Clause::id).orElse(null));
      List<Flag> extra = new ArrayList<>();
      if (scope == null && Scopes.isLocal(c.key())) {
        extra.add(new Flag("scope-unknown", "local document but the plan's province is unknown"));
      }
      out.add(c.withPlanContext(scope, clause, fn.map(Footnote::marker).orElse(null), extra));
    }
    return out;
  }

  private String ownKey(Header h) {
    if (h == null || h.number() == null || h.number().isBlank()) return null;
    DocType hint = h.type() == null ? null : DocType.ofWord(h.type().strip()).orElse(null);
    return finder.normalize(h.number(), hint).map(NormalizedSymbol::key).orElse(null);
  }
}
