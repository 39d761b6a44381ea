package vn.cancu.text;

/**
 * One non-blank line of extracted text, trimmed.
 *
 * @param content the trimmed content
 * @param start where the content starts in the cleaned text
 * @param indented whether the raw line started with whitespace (PDF page-break artefact)
 * @param trailingSpace whether the raw line ended with whitespace
 * @param blankBefore whether blank lines separate it from the previous non-blank line
 * @param separatorBefore whether a footnote separator (a long run of spaces or underscores)
 *     precedes it
 */
record Line(
    String content,
    int start,
    boolean indented,
    boolean trailingSpace,
    boolean blankBefore,
    boolean separatorBefore) {

  int end() {
    return start + content.length();
  }

  int length() {
    return content.length();
  }
}
