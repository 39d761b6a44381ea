package vn.cancu.wording;

import java.util.List;
import java.util.Objects;

/**
 * One way a family's passage is written.
 *
 * @param text the wording as written in its first source
 * @param planCount how many plans write it so
 * @param sources where it is written
 * @param diff the word diff from the family's most common form to this one
 */
public record Variant(String text, int planCount, List<Source> sources, List<DiffSegment> diff) {
  public Variant {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    diff = List.copyOf(diff);
  }
}
