package vn.cancu.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;

/**
 * The legal basis of each part of a plan from the citations found in it: a clause relies on what
 * it cites itself (explicit) and on what the footnotes anchored in it cite (footnote); a basis
 * paragraph on what it cites. One link per document and part, the first mention winning, explicit
 * before footnote.
 *
 * @param basis links for each basis paragraph, by its index in {@link Plan#basis()}
 * @param clauses links for each clause, by clause id
 */
public record BasisLinks(Map<Integer, List<BasisLink>> basis, Map<String, List<BasisLink>> clauses) {

  public static final String EXPLICIT = "explicit";
  public static final String FOOTNOTE = "footnote";

  public static BasisLinks of(Plan plan, List<Citation> citations, Catalog catalog) {
    Map<Integer, List<BasisLink>> basis = new LinkedHashMap<>();
    Map<String, List<BasisLink>> clauses = new LinkedHashMap<>();
    List<Citation> ordered = new ArrayList<>(citations);
    // Explicit mentions first so that a document cited both ways shows as explicit.
    ordered.sort(java.util.Comparator.comparing((Citation c) -> c.footnote() != null).thenComparingInt(Citation::start));
    for (Citation c : ordered) {
      BasisLink link = link(c, catalog);
      if (c.clause() != null) {
        add(clauses.computeIfAbsent(c.clause(), k -> new ArrayList<>()), link);
      } else if (c.footnote() == null) {
        paragraphIndex(plan, c.start()).ifPresent(i -> add(basis.computeIfAbsent(i, k -> new ArrayList<>()), link));
      }
    }
    return new BasisLinks(basis, clauses);
  }

  static BasisLink link(Citation c, Catalog catalog) {
    Optional<DirectiveRecord> record = catalog.find(c.scopedKey());
    String key = record.map(DirectiveRecord::scopedKey).orElse(c.scopedKey());
    String label = record.map(DirectiveRecord::shortCitation).orElse(c.key());
    String full = record.map(DirectiveRecord::standardCitation).orElse(c.written());
    return new BasisLink(key, c.footnote() == null ? EXPLICIT : FOOTNOTE, label, full, c.written(), c.start(), c.end(), c.footnote());
  }

  private static void add(List<BasisLink> links, BasisLink link) {
    if (links.stream().noneMatch(l -> l.key().equals(link.key()))) links.add(link);
  }

  private static Optional<Integer> paragraphIndex(Plan plan, int offset) {
    List<Paragraph> paragraphs = plan.basis();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).span().contains(offset)) return Optional.of(i);
    }
    return Optional.empty();
  }
}
