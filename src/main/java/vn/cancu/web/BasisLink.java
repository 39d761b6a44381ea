package vn.cancu.web;

import java.util.List;
import java.util.Locale;
import vn.cancu.graph.Evidence;

/**
 * One legal-basis link of a clause or basis paragraph: a cited document, how the clause relates to
 * it and the plan's own words behind the link. Shown as a chip on pages, as an object in the API.
 *
 * @param key the catalogue key of the document (the chip links to its page)
 * @param kind explicit (cited in the clause), footnote (cited in a footnote anchored in it),
 *     inherited (cited by an enclosing clause or the plan's basis) or inferred (by content)
 * @param label the short citation shown on the chip ("Chỉ thị 33/CT-TTg")
 * @param citation the full standard citation
 * @param written the words behind the link: the plan's mention, or for an inferred link the
 *     article or similar clause that suggests it
 * @param start offset of the plan's words in the plan text (0 for inferred links)
 * @param end offset after them
 * @param footnote the marker of the footnote holding them, or null
 * @param relation basis, implements, details, amends, replaces, repeals or mentions
 * @param score 1 for links the plan states, the agreement in (0, 1] for inferred ones
 * @param evidence every place behind the link (see {@code vn.cancu.graph.Evidence})
 */
public record BasisLink(
    String key,
    String kind,
    String label,
    String citation,
    String written,
    int start,
    int end,
    Integer footnote,
    String relation,
    double score,
    List<Evidence> evidence) {

  public BasisLink {
    evidence = List.copyOf(evidence);
  }

  /** The kind in Vietnamese, for the chip. */
  public String kindLabel() {
    return Labels.of("basis", kind);
  }

  /** An inferred link's score as a percentage ("41%"), else "". */
  public String scoreText() {
    return kind.equals("inferred") ? String.format(Locale.ROOT, "%.0f%%", 100 * score) : "";
  }

  /** Hover text after the citation: the words behind the link. */
  public String why() {
    if (written == null || written.isBlank() || written.equals(citation)) return "";
    return "«" + written + "»";
  }
}
