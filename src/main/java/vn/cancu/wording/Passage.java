package vn.cancu.wording;

import java.util.List;
import java.util.Objects;

/**
 * A unit of wording in one plan.
 *
 * @param planId the plan holding it
 * @param clauseId the clause holding it (the deepest one), or null in the preamble
 * @param kind sentence, clause or quoted phrase
 * @param text the passage as written, whitespace collapsed
 * @param start offset in the plan text
 * @param end offset after it in the plan text
 * @param words the normalised words, what is compared
 */
public record Passage(
    String planId, String clauseId, PassageKind kind, String text, int start, int end, List<String> words) {
  public Passage {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    if (words.isEmpty()) throw new IllegalArgumentException("passage without words at " + start);
  }

  /** The normalised words joined by one space: passages with the same form read the same. */
  public String form() {
    return String.join(" ", words);
  }
}
