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
import vn.cancu.graph.CitationGraph;

/**
 * The citation graph as the explorer draws it: plans, cited documents and articles as nodes,
 * typed edges (basis, implements, details, ...) weighted by the number of places that state them.
 */
public record GraphView(List<Node> nodes, List<Edge> edges) {

  public static final int MAX_DEPTH = 4;

  public record Node(String id, String label, String kind, String type, String level, String province, Integer year) {}

  public record Edge(String source, String target, String relation, int count) {}

  /** What to keep: a document type, a plan province, a focus node and its neighbourhood. */
  public record Filter(String type, String province, String focus, int depth) {}

  /** The explorer's view of the typed citation graph (vn.cancu.graph): same nodes, edges with relation and count. */
  static GraphView of(CitationGraph graph) {
    List<Node> nodes = graph.nodes().stream()
        .map(n -> new Node(n.id(), n.label(), n.kind(), n.type(), n.level(), n.province(), n.year()))
        .toList();
    List<Edge> edges = graph.edges().stream()
        .map(e -> new Edge(e.source(), e.target(), e.relation(), e.count()))
        .toList();
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
