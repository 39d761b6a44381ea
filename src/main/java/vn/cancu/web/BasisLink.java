package vn.cancu.web;

/**
 * One legal-basis link of a clause or basis paragraph: a cited document, how the clause relates to
 * it and the plan's own words behind the link. Shown as a chip on pages, as an object in the API.
 *
 * @param key the catalogue key of the document (the chip links to its page)
 * @param kind explicit (cited in the clause), footnote (cited in a footnote anchored in it),
 *     inherited (cited by an enclosing clause or the plan's basis) or inferred (by content)
 * @param label the short citation shown on the chip ("Chỉ thị 33/CT-TTg")
 * @param citation the full standard citation
 * @param written the words of the plan that cite the document
 * @param start offset of those words in the plan text
 * @param end offset after them
 * @param footnote the marker of the footnote holding them, or null
 */
public record BasisLink(
    String key, String kind, String label, String citation, String written, int start, int end, Integer footnote) {

  /** The kind in Vietnamese, for the chip. */
  public String kindLabel() {
    return Labels.of("basis", kind);
  }

  /** Hover text after the citation: the plan's own words. */
  public String why() {
    if (written == null || written.isBlank() || written.equals(citation)) return "";
    return "«" + written + "»";
  }
}
