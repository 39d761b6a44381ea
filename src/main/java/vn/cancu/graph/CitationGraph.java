package vn.cancu.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable snapshot of the citation graph: plans, cited documents and articles, with typed
 * edges carrying their evidence. Views (focus, filter) are new snapshots.
 */
public final class CitationGraph {
  private final Map<String, Node> nodes;
  private final List<Edge> edges;
  private final Map<String, String> aliases;

  /**
   * @param aliases other names of nodes: a catalogue key that resolved to a corpus plan → the plan
   *     id, an unscoped key → its scoped key
   */
  public CitationGraph(Collection<Node> nodes, List<Edge> edges, Map<String, String> aliases) {
    Map<String, Node> m = new LinkedHashMap<>();
    for (Node n : nodes) m.put(n.id(), n);
    for (Edge e : edges) {
      if (!m.containsKey(e.source()) || !m.containsKey(e.target())) {
        throw new IllegalArgumentException("edge to a missing node: " + e.source() + " → " + e.target());
      }
    }
    this.nodes = java.util.Collections.unmodifiableMap(m);
    this.edges = List.copyOf(edges);
    this.aliases = Map.copyOf(aliases);
  }

  public Collection<Node> nodes() {
    return nodes.values();
  }

  public List<Edge> edges() {
    return edges;
  }

  public Optional<Node> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  /** The node a plan id, scoped key, plain key or alias names. */
  public Optional<Node> find(String idOrKey) {
    if (idOrKey == null) return Optional.empty();
    String q = idOrKey.strip();
    if (nodes.containsKey(q)) return Optional.of(nodes.get(q));
    String alias = aliases.get(q);
    return alias == null ? Optional.empty() : node(alias);
  }

  /** The nodes within {@code depth} edges of {@code focus} (either direction) and the edges among them. */
  public CitationGraph around(Node focus, int depth) {
    Map<String, List<String>> adjacent = new HashMap<>();
    for (Edge e : edges) {
      adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
      adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
    }
    Map<String, Integer> dist = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    dist.put(focus.id(), 0);
    queue.add(focus.id());
    while (!queue.isEmpty()) {
      String id = queue.poll();
      int d = dist.get(id);
      if (d == depth) continue;
      for (String next : adjacent.getOrDefault(id, List.of())) {
        if (dist.putIfAbsent(next, d + 1) == null) queue.add(next);
      }
    }
    return restrict(dist.keySet());
  }

  /**
   * Nodes of the given type and province (a null criterion accepts all) with their direct
   * neighbours, so a filter on "Luật" still shows who cites the laws.
   */
  public CitationGraph filter(String type, String province) {
    Predicate<Node> wanted = n -> (type == null || type.equals(n.type())) && (province == null || province.equals(n.province()));
    Set<String> keep = new LinkedHashSet<>();
    for (Node n : nodes.values()) if (wanted.test(n)) keep.add(n.id());
    Set<String> seeds = Set.copyOf(keep);
    for (Edge e : edges) {
      if (seeds.contains(e.source())) keep.add(e.target());
      if (seeds.contains(e.target())) keep.add(e.source());
    }
    return restrict(keep);
  }

  private CitationGraph restrict(Set<String> ids) {
    List<Node> kept = nodes.values().stream().filter(n -> ids.contains(n.id())).toList();
    List<Edge> keptEdges = edges.stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList();
    Map<String, String> keptAliases = new HashMap<>();
    aliases.forEach((a, id) -> {
      if (ids.contains(id)) keptAliases.put(a, id);
    });
    return new CitationGraph(kept, keptEdges, keptAliases);
  }

  /** Edges from {@code source} to {@code target}, any relation. */
  public List<Edge> edges(String source, String target) {
    return edges.stream().filter(e -> e.source().equals(source) && e.target().equals(target)).toList();
  }

  @Override
  public String toString() {
    return "CitationGraph[" + nodes.size() + " nodes, " + edges.size() + " edges]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CitationGraph g && nodes.equals(g.nodes) && edges.equals(g.edges);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodes, edges);
  }
}
