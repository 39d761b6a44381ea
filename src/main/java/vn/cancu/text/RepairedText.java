package vn.cancu.text;

import java.util.Objects;

/**
 * Text after repair, every char traceable to the extracted text.
 *
 * @param text the repaired text: body paragraphs separated by "\n", then the footnote bodies
 * @param sourceOffsets sourceOffsets[i] is the offset in the input of text char i; length
 *     text.length() + 1, the last entry mapping the end
 * @param footnotesStart where the footnote paragraphs moved out of the running text begin
 *     ({@code text.length()} when there are none); each is "marker body"
 */
public record RepairedText(String text, int[] sourceOffsets, int footnotesStart) {

  public RepairedText {
    Objects.requireNonNull(text, "text");
    if (sourceOffsets.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "sourceOffsets has " + sourceOffsets.length + " entries for " + text.length() + " chars");
    }
    if (footnotesStart < 0 || footnotesStart > text.length()) {
      throw new IllegalArgumentException("footnotesStart " + footnotesStart + " out of range");
    }
  }

  /** Text without footnotes. */
  public RepairedText(String text, int[] sourceOffsets) {
    this(text, sourceOffsets, text.length());
  }

  /** The running text, footnote bodies excluded. */
  public String body() {
    return text.substring(0, footnotesStart);
  }
}
