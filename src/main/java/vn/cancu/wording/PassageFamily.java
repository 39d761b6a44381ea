package vn.cancu.wording;

import java.util.List;
import java.util.Objects;

/**
 * Passages that read the same or nearly so (shingle Jaccard at least {@link
 * PassageFamilies#MIN_JACCARD}), across plans.
 *
 * @param id stable id derived from the most common form
 * @param kind sentence, clause or phrase
 * @param planCount how many distinct plans use the passage in any form
 * @param plans those plans' ids, sorted
 * @param text the most common form (most plans, then most occurrences, then the earliest plan)
 * @param sources where the most common form is written
 * @param variants the other forms, most used first, each with its diff from {@code text}
 */
public record PassageFamily(
    String id, PassageKind kind, int planCount, List<String> plans, String text, List<Source> sources,
    List<Variant> variants) {
  public PassageFamily {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    plans = List.copyOf(plans);
    sources = List.copyOf(sources);
    variants = List.copyOf(variants);
  }

  /** Every source, the most common form's first. */
  public List<Source> allSources() {
    List<Source> out = new java.util.ArrayList<>(sources);
    for (Variant v : variants) out.addAll(v.sources());
    return out;
  }
}
