package vn.cancu.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cancu.cite.Citation;
import vn.cancu.document.Clause;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;

/**
 * The basis a plan states in its own words: what each clause cites (explicit), what footnotes
 * anchored in it cite (footnote), and what enclosing clauses, the title and the "Căn cứ / Thực hiện"
 * paragraphs cite (inherited: a plan's basis governs every task it lists). Pure.
 */
public final class StatedBasis {
  static final String PLAN_LEVEL = "basis";

  public PlanBasis read(Plan plan, List<Citation> citations, CatalogKeys keys) {
    Map<String, List<BasisLink>> own = new LinkedHashMap<>();
    List<BasisLink> planLevel = new ArrayList<>();
    Map<Integer, List<BasisLink>> paragraphs = new LinkedHashMap<>();
    for (Citation c : citations) {
      String key = keys.of(plan.id(), c);
      if (c.clause() != null) {
        BasisKind kind = c.footnote() == null ? BasisKind.EXPLICIT : BasisKind.FOOTNOTE;
        Evidence e = new Evidence(plan.id(), c.clause(), c.footnote(), c.start(), c.end(), c.written());
        own.computeIfAbsent(c.clause(), k -> new ArrayList<>()).add(link(c.clause(), key, kind, c.relation(), e));
      } else if (c.footnote() == null) {
        Evidence e = new Evidence(plan.id(), PLAN_LEVEL, null, c.start(), c.end(), c.written());
        planLevel.add(link(null, key, BasisKind.INHERITED, c.relation(), e));
        int p = paragraphOf(plan.basis(), c.start());
        if (p >= 0) {
          paragraphs.computeIfAbsent(p, k -> new ArrayList<>())
              .add(link(null, key, BasisKind.EXPLICIT, c.relation(), e));
        }
      }
    }
    Map<String, List<BasisLink>> clauses = new LinkedHashMap<>();
    walk(plan.clauses(), own, planLevel, clauses);
    Map<Integer, List<BasisLink>> merged = new LinkedHashMap<>();
    paragraphs.forEach((p, links) -> merged.put(p, Links.merge(links)));
    return new PlanBasis(plan.id(), clauses, merged);
  }

  private static void walk(
      List<Clause> level, Map<String, List<BasisLink>> own, List<BasisLink> inherited, Map<String, List<BasisLink>> out) {
    for (Clause c : level) {
      List<BasisLink> mine = own.getOrDefault(c.id(), List.of());
      List<BasisLink> all = new ArrayList<>(mine);
      for (BasisLink l : inherited) all.add(Links.inherit(l, c.id()));
      out.put(c.id(), Links.merge(all));
      // The nearest statement wins: a clause's own links come before what its ancestors pass down.
      List<BasisLink> down = new ArrayList<>(mine.size() + inherited.size());
      down.addAll(mine);
      down.addAll(inherited);
      walk(c.children(), own, down, out);
    }
  }

  private static int paragraphOf(List<Paragraph> basis, int offset) {
    for (int i = 0; i < basis.size(); i++) if (basis.get(i).span().contains(offset)) return i;
    return -1;
  }

  private static BasisLink link(String clauseId, String key, BasisKind kind, String relation, Evidence e) {
    return new BasisLink(clauseId, key, kind, relation, 1.0, List.of(e));
  }
}
