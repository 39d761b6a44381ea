package vn.cancu.graph;

import java.util.List;

/**
 * The graph as the explorer and {@code cancu graph --format json} give it: D3/Cytoscape-style
 * {@code {nodes:[{id,label,kind,type,level,province,year}], edges:[{source,target,relation,count,evidence}]}}.
 * Evidence is cut to the first {@code maxEvidence} places per edge; {@code count} keeps the total.
 */
public record GraphJson(List<Node> nodes, List<EdgeJson> edges) {
  public record EdgeJson(String source, String target, String relation, int count, List<Evidence> evidence) {}

  public static GraphJson of(CitationGraph g, int maxEvidence) {
    List<EdgeJson> edges = g.edges().stream()
        .map(e -> new EdgeJson(e.source(), e.target(), e.relation(), e.count(),
            e.evidence().subList(0, Math.min(maxEvidence, e.count()))))
        .toList();
    return new GraphJson(List.copyOf(g.nodes()), edges);
  }
}
