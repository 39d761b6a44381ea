package vn.cancu.wording;

/**
 * How much of one clause of a plan another plan shares.
 *
 * @param clauseId the clause in the plan asked about (null for the preamble)
 * @param shared shingles of the clause also in the other plan
 * @param share {@code shared} over the clause's shingles
 */
public record SharedClause(String clauseId, int shared, double share) {}
