package vn.cancu.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.graph.Evidence;
import vn.cancu.graph.PlanBasis;

/**
 * The chips of each part of a plan, from the graph package's basis: every clause shows what it
 * cites, what its footnotes cite, what it inherits and what is suggested for it, in that order.
 *
 * @param basis links for each basis paragraph, by its index in {@code Plan.basis()}
 * @param clauses links for each clause, by clause id
 */
public record BasisLinks(Map<Integer, List<BasisLink>> basis, Map<String, List<BasisLink>> clauses) {

  public static final String EXPLICIT = "explicit";
  public static final String FOOTNOTE = "footnote";

  public static BasisLinks of(PlanBasis planBasis, Catalog catalog) {
    Map<Integer, List<BasisLink>> basis = new LinkedHashMap<>();
    planBasis.paragraphs().forEach((i, links) -> basis.put(i, chips(links, catalog)));
    Map<String, List<BasisLink>> clauses = new LinkedHashMap<>();
    planBasis.clauses().forEach((id, links) -> clauses.put(id, chips(links, catalog)));
    return new BasisLinks(basis, clauses);
  }

  private static List<BasisLink> chips(List<vn.cancu.graph.BasisLink> links, Catalog catalog) {
    return links.stream().map(l -> chip(l, catalog)).toList();
  }

  static BasisLink chip(vn.cancu.graph.BasisLink l, Catalog catalog) {
    Optional<DirectiveRecord> record = catalog.find(l.key()).filter(r -> r.scopedKey().equals(l.key()));
    String label = record.map(DirectiveRecord::shortCitation).orElse(l.key());
    String full = record.map(DirectiveRecord::standardCitation).orElse(l.key());
    Evidence e = l.evidence().get(0);
    return new BasisLink(l.key(), l.kind().value(), label, full, e.text(), e.start(), e.end(), e.footnote(),
        l.relation(), l.score(), l.evidence());
  }
}
