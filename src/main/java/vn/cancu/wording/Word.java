package vn.cancu.wording;

import java.util.Objects;

/**
 * One word (syllable) of a text.
 *
 * @param norm lower case, ð read as đ, tone marks placed one way ("hoà" and "hòa" alike): the form
 *     shingles and diffs compare
 * @param folded {@code norm} without diacritics: the form wording search matches
 * @param start offset of the first char in the source text
 * @param end offset after the last char
 */
public record Word(String norm, String folded, int start, int end) {
  public Word {
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(folded, "folded");
    if (start < 0 || end <= start) throw new IllegalArgumentException("bad word span " + start + ".." + end);
  }
}
