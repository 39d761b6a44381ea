package vn.cancu.graph;

import java.util.List;
import java.util.Objects;

/**
 * One document a clause relies on.
 *
 * @param clauseId the clause, or null for a basis paragraph of the plan
 * @param key the document's scoped catalogue key ("33/CT-TTg", "61/KH-UBND@lang-son")
 * @param kind how the link was found
 * @param relation how the clause relates to the document: basis, implements, details, amends,
 *     replaces, repeals or mentions (for inferred links, the relation of the agreeing mentions)
 * @param score 1 for stated links; for inferred ones the agreement in (0, 1], higher is surer
 * @param evidence the words behind the link, most telling first
 */
public record BasisLink(
    String clauseId, String key, BasisKind kind, String relation, double score, List<Evidence> evidence) {
  public BasisLink {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(relation, "relation");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) throw new IllegalArgumentException("a basis link needs evidence: " + key);
  }
}
