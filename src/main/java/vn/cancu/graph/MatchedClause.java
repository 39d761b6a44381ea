package vn.cancu.graph;

import java.util.Objects;

/**
 * A clause that matched a task, as search found it.
 *
 * @param planId the plan
 * @param clauseId the clause
 * @param relevance the search score relative to the best hit, in (0, 1]
 * @param text the clause's full text
 * @param snippet an HTML excerpt of the text with the task's words in {@code <mark>}, all else escaped
 */
public record MatchedClause(String planId, String clauseId, double relevance, String text, String snippet) {
  public MatchedClause {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(snippet, "snippet");
  }
}
