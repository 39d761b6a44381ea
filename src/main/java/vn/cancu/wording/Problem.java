package vn.cancu.wording;

import java.util.Objects;

/**
 * A mistake in a draft, with its fix.
 *
 * @param start offset of the written text in the checked text
 * @param end offset after it
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}
 * @param written the text as written
 * @param suggestion the text to write instead, or null when only the writer can tell
 * @param reason why, in Vietnamese, for the drafter
 * @param code the kind of problem, in English: nonstandard-symbol, year-contradicts, ...
 */
public record Problem(
    int start, int end, int line, int column, String written, String suggestion, String reason, String code) {
  public Problem {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(code, "code");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  /** The same problem placed elsewhere, e.g. mapped back from repaired to extracted text. */
  public Problem at(int start, int end, int line, int column, String written) {
    return new Problem(start, end, line, column, written, suggestion, reason, code);
  }
}
