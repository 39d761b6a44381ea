package vn.cancu.wording;

import java.util.List;
import java.util.Objects;

/**
 * A plan that shares text with the plan asked about.
 *
 * @param planId the other plan
 * @param share the share of the asked plan's text found in the other (shared shingles / its shingles)
 * @param reverseShare the share of the other plan's text found in the asked plan
 * @param shared the number of shared shingles
 * @param relation {@code derives-from} (the asked plan was written from this one), {@code
 *     source-of} (this one was written from the asked plan) or {@code shares-text}
 * @param reason why the relation holds, in Vietnamese, for the reader
 * @param clauses the asked plan's clauses holding shared text, most shared first
 */
public record SimilarPlan(
    String planId, double share, double reverseShare, int shared, String relation, String reason,
    List<SharedClause> clauses) {
  public SimilarPlan {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(relation, "relation");
    clauses = List.copyOf(clauses);
  }
}
