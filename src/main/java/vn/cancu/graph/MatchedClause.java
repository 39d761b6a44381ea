package vn.cancu.graph;

import java.util.Objects;

/**
 * A clause that matched a task, as search found it.
 *
 * @param planId the plan
 * @param clauseId the clause
 * @param relevance the search score relative to the best hit, in (0, 1]
 * @param text the clause's text (or an HTML snippet of it, as search gives it)
 */
public record MatchedClause(String planId, String clauseId, double relevance, String text) {
  public MatchedClause {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(text, "text");
  }
}
