package vn.cancu.web;

/**
 * One legal-basis link shown on a clause: a cited document and how the clause relates to it.
 *
 * @param key the catalogue key of the document (the chip links to its page)
 * @param label the short citation shown on the chip ("Chỉ thị 33/CT-TTg")
 * @param citation the full standard citation, shown on hover
 * @param kind explicit (cited in the clause), footnote (cited in a footnote anchored in it),
 *     inherited (cited by an enclosing clause or the plan's basis) or inferred (by content)
 * @param written the words of the plan behind the link, shown on hover
 */
public record Chip(String key, String label, String citation, String kind, String written) {

  public String kindLabel() {
    return Labels.of("basis", kind);
  }

  /** Hover text: the full citation, then the plan's own words. */
  public String why() {
    return written == null || written.isBlank() ? "" : "«" + written + "»";
  }
}
