package vn.cancu.wording;

import java.util.List;

/**
 * Two clauses of two plans side by side.
 *
 * @param clauseId the clause in the plan asked about, or null when the other plan's clause has no match
 * @param otherClauseId the matching clause in the other plan, or null when none matches
 * @param similarity shingle Jaccard of the two clauses' own text (0 when one side is missing)
 * @param diff word diff from the other plan's clause to the asked plan's (added = only in the asked plan)
 */
public record AlignedClause(String clauseId, String otherClauseId, double similarity, List<DiffSegment> diff) {
  public AlignedClause {
    diff = List.copyOf(diff);
  }
}
