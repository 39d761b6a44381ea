package vn.cancu.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.CitingClause;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/**
 * The citation graph as the explorer draws it: plans and cited documents as nodes, one "cites"
 * edge per plan and document weighted by the number of mentions. Built from the catalogue's
 * citedBy lists; the typed clause-level graph will replace this source, keeping the JSON shape.
 */
public record GraphView(List<Node> nodes, List<Edge> edges) {

  public static final int MAX_DEPTH = 4;

  public record Node(String id, String label, String kind, String type, String level, String province, Integer year) {}

  public record Edge(String source, String target, String relation, int count) {}

  /** What to keep: a document type, a plan province, a focus node and its neighbourhood. */
  public record Filter(String type, String province, String focus, int depth) {}

  static GraphView of(List<Plan> plans, Catalog catalog) {
    List<Node> nodes = new ArrayList<>();
    Set<String> planIds = new HashSet<>();
    for (Plan p : plans) {
      Header h = p.header();
      nodes.add(new Node(p.id(), PlanTitles.of(p), "plan", h.type(), h.level(), h.province(), h.date() == null ? null : h.date().getYear()));
      planIds.add(p.id());
    }
    List<Edge> edges = new ArrayList<>();
    for (DirectiveRecord r : catalog.records()) {
      Map<String, Integer> perPlan = new LinkedHashMap<>();
      for (CitingClause c : r.citedBy()) if (planIds.contains(c.planId())) perPlan.merge(c.planId(), 1, Integer::sum);
      if (perPlan.isEmpty()) continue;
      nodes.add(new Node(r.scopedKey(), r.shortCitation(), "directive", r.type().vietnamese(), null, r.scope(), r.year()));
      perPlan.forEach((planId, count) -> edges.add(new Edge(planId, r.scopedKey(), "cites", count)));
    }
    return new GraphView(nodes, edges);
  }

  boolean has(String id) {
    return nodes.stream().anyMatch(n -> n.id().equals(id));
  }

  /** The subgraph the filter keeps; plans always pass the type filter, documents the province one. */
  GraphView filter(Filter f) {
    Map<String, Node> byId = new LinkedHashMap<>();
    for (Node n : nodes) {
      boolean plan = n.kind().equals("plan");
      if (!plan && f.type() != null && !f.type().equals(n.type())) continue;
      if (plan && f.province() != null && !f.province().equals(n.province())) continue;
      byId.put(n.id(), n);
    }
    List<Edge> kept = edges.stream().filter(e -> byId.containsKey(e.source()) && byId.containsKey(e.target())).toList();
    Set<String> reachable = f.focus() == null ? connected(byId.keySet(), kept, f) : around(f.focus(), f.depth(), kept);
    List<Node> outNodes = byId.values().stream().filter(n -> reachable.contains(n.id())).toList();
    List<Edge> outEdges = kept.stream().filter(e -> reachable.contains(e.source()) && reachable.contains(e.target())).toList();
    return new GraphView(outNodes, outEdges);
  }

  // Without a focus, a province filter drops documents no kept plan cites; otherwise keep all.
  private static Set<String> connected(Set<String> ids, List<Edge> edges, Filter f) {
    if (f.province() == null && f.type() == null) return ids;
    Set<String> out = new HashSet<>();
    for (Edge e : edges) { out.add(e.source()); out.add(e.target()); }
    return out;
  }

  private static Set<String> around(String focus, int depth, List<Edge> edges) {
    Map<String, List<String>> adjacent = new HashMap<>();
    for (Edge e : edges) {
      adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
      adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
    }
    Set<String> seen = new HashSet<>(List.of(focus));
    Deque<String> frontier = new ArrayDeque<>(List.of(focus));
    for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
      Deque<String> next = new ArrayDeque<>();
      for (String id : frontier) for (String n : adjacent.getOrDefault(id, List.of())) if (seen.add(n)) next.add(n);
      frontier = next;
    }
    return seen;
  }
}
