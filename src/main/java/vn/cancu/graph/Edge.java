package vn.cancu.graph;

import java.util.List;
import java.util.Objects;

/**
 * A typed edge: the source relates to the target as its words say.
 *
 * @param source the citing node's id
 * @param target the cited node's id
 * @param relation basis, implements, details, amends, replaces, repeals, mentions, or part-of (an
 *     article to its document)
 * @param evidence each place that states the relation; the edge's count is its size
 */
public record Edge(String source, String target, String relation, List<Evidence> evidence) {
  public Edge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(relation, "relation");
    evidence = List.copyOf(evidence);
  }

  public int count() {
    return evidence.size();
  }
}
