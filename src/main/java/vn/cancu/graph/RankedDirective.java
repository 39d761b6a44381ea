package vn.cancu.graph;

import java.util.List;
import java.util.Objects;

/**
 * A document a task relies on, with the clauses that say so.
 *
 * @param key the scoped catalogue key (a law cited only by name has its name as key)
 * @param label the short citation ("Chỉ thị số 35-CT/TW")
 * @param citation the standard citation, as full as the catalogue knows it
 * @param score the ranking score: per plan the best clause's kind weight × relevance, summed over plans
 * @param strongest the strongest kind of link among the evidence clauses
 * @param plans how many plans link a matching clause to the document
 * @param clauses the evidence clauses, strongest kind first, then most relevant
 */
public record RankedDirective(
    String key, String label, String citation, double score, BasisKind strongest, int plans, List<ClauseEvidence> clauses) {
  public RankedDirective {
    Objects.requireNonNull(key, "key");
    clauses = List.copyOf(clauses);
  }

  /**
   * One clause behind a ranked document.
   *
   * @param link the clause's link to the document (kind, relation, score and the words behind it)
   */
  public record ClauseEvidence(MatchedClause clause, BasisLink link) {}
}
