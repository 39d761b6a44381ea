package vn.cancu.index;

import java.util.List;
import java.util.Objects;

/**
 * One clause as indexed.
 *
 * @param id clause id within its plan ("II.5")
 * @param heading heading on the label's line, or ""
 * @param text the clause's own text (heading excluded, footnote bodies anchored in it appended)
 * @param cited the documents the clause cites explicitly (in its own text or its footnotes)
 */
public record IndexableClause(String id, String heading, String text, List<CitedDocument> cited) {

  public IndexableClause {
    Objects.requireNonNull(id, "id");
    heading = heading == null ? "" : heading;
    text = text == null ? "" : text;
    cited = List.copyOf(cited);
  }

  /** Heading and body as a reader sees them; what is searched and highlighted. */
  public String fullText() {
    if (heading.isEmpty()) return text;
    if (text.isEmpty()) return heading;
    return heading + "\n" + text;
  }
}
