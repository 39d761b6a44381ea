package vn.cancu.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The basis of every part of one plan.
 *
 * @param planId the plan
 * @param clauses clause id → its links, strongest kind first; every clause of the plan has an entry
 * @param paragraphs index of a basis paragraph in {@code Plan.basis()} → the documents it cites
 */
public record PlanBasis(String planId, Map<String, List<BasisLink>> clauses, Map<Integer, List<BasisLink>> paragraphs) {
  public PlanBasis {
    Objects.requireNonNull(planId, "planId");
    clauses = Map.copyOf(clauses);
    paragraphs = Map.copyOf(paragraphs);
  }

  public List<BasisLink> links(String clauseId) {
    return clauses.getOrDefault(clauseId, List.of());
  }
}
