package vn.cancu.graph;

import java.util.Objects;

/**
 * Words that justify a link, and where they sit.
 *
 * @param doc the plan id, or the directive key for an article of a directive's full text
 * @param part the clause id, {@code "basis"} for a plan's basis paragraphs, {@code "Điều 11"} for an
 *     article, or null for a directive's catalogue entry
 * @param footnote the marker of the footnote holding the words, or null
 * @param start offset of the words in the plan text (0 for articles and catalogue entries)
 * @param end offset after them
 * @param text the words themselves (a mention, a similar clause or an article), whitespace collapsed
 */
public record Evidence(String doc, String part, Integer footnote, int start, int end, String text) {
  public Evidence {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }
}
