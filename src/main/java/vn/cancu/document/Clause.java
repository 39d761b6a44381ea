package vn.cancu.document;

import java.util.List;

/**
 * One node of a plan's outline: a numbered section, item, lettered point, bullet or "Quý" block.
 *
 * @param id stable id built from the outline labels: {@code II}, {@code II.5}, {@code III.2.b},
 *     {@code II.1-3} (third bullet of II.1), {@code II.Q2} (Quý II block)
 * @param label the label as written ("II.", "5.", "b)", "-", "Quý II")
 * @param heading the heading text on the label's line (for sections and numbered items), or ""
 * @param text the clause's own body text (not including children), paragraphs joined by "\n"
 * @param span the range of the whole clause in the plan text, label and children included
 * @param footnotes markers of the footnotes anchored in this clause's own text
 * @param children sub-clauses in document order
 */
public record Clause(
    String id,
    String label,
    String heading,
    String text,
    Span span,
    List<Integer> footnotes,
    List<Clause> children) {

  public Clause {
    footnotes = List.copyOf(footnotes);
    children = List.copyOf(children);
  }

  /** Heading and body together: what a reader sees for this clause alone. */
  public String fullText() {
    if (heading.isEmpty()) return text;
    if (text.isEmpty()) return heading;
    return heading + "\n" + text;
  }
}
