package vn.cancu.wording;

import java.util.Objects;

/**
 * A passage family matching a wording query.
 *
 * @param family the family, with its most common form, variants and sources
 * @param score the share of the query's content words the family's wording holds, 1.0 when it
 *     holds them as a phrase
 */
public record WordingHit(PassageFamily family, double score) {
  public WordingHit {
    Objects.requireNonNull(family, "family");
  }
}
