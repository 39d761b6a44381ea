package vn.cancu.web;

import java.util.List;
import java.util.Map;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;
import vn.cancu.document.Signer;

/**
 * A plan as the plan page shows it: header fields in Vietnamese form, basis paragraphs and the
 * outline, each with the chips of the documents it relies on and the footnotes anchored in it.
 */
public record PlanView(
    String id,
    String type,
    String title,
    String number,
    String date,
    String place,
    String issuer,
    String parentIssuer,
    String province,
    String level,
    String signer,
    List<BasisView> basis,
    List<ClauseView> clauses) {

  public record BasisView(String text, List<BasisLink> basis) {}

  public record FootnoteView(int marker, String text) {}

  public record ClauseView(
      String id,
      String label,
      String heading,
      String text,
      int depth,
      List<BasisLink> basis,
      List<FootnoteView> footnotes,
      List<ClauseView> children) {

    /** The body's paragraphs, for display (the text joins them with line breaks). */
    public List<String> paragraphs() {
      return text.isBlank() ? List.of() : java.util.Arrays.stream(text.split("\n")).filter(p -> !p.isBlank()).toList();
    }
  }

  /**
   * @param basisLinks links for each basis paragraph, by its index in {@link Plan#basis()}
   * @param clauseLinks links for each clause, by clause id
   */
  static PlanView of(Plan plan, Map<Integer, List<BasisLink>> basisLinks, Map<String, List<BasisLink>> clauseLinks) {
    Header h = plan.header();
    List<BasisView> basis =
        java.util.stream.IntStream.range(0, plan.basis().size())
            .mapToObj(i -> new BasisView(plan.basis().get(i).text(), basisLinks.getOrDefault(i, List.of())))
            .toList();
    return new PlanView(
        plan.id(),
        h.type() == null ? "Kế hoạch" : h.type(),
        h.title() == null || h.title().isBlank() ? plan.id() : h.title(),
        h.number(),
        Dates.display(h.date()),
        h.place(),
        h.issuer(),
        h.parentIssuer(),
        Places.province(h.province()),
        h.level() == null ? null : Labels.of("level", h.level()),
        signer(plan.signer()),
        basis,
        clauses(plan, plan.clauses(), 1, clauseLinks));
  }

  private static List<ClauseView> clauses(Plan plan, List<Clause> level, int depth, Map<String, List<BasisLink>> links) {
    return level.stream()
        .map(
            c ->
                new ClauseView(
                    c.id(),
                    c.label(),
                    c.heading(),
                    c.text(),
                    depth,
                    links.getOrDefault(c.id(), List.of()),
                    footnotes(plan, c),
                    clauses(plan, c.children(), depth + 1, links)))
        .toList();
  }

  private static List<FootnoteView> footnotes(Plan plan, Clause clause) {
    return plan.footnotes().stream()
        .filter(f -> clause.id().equals(f.clauseId()) || (f.clauseId() == null && clause.footnotes().contains(f.marker())))
        .map((Footnote f) -> new FootnoteView(f.marker(), f.text()))
        .toList();
  }

  private static String signer(Signer s) {
    if (s == null) return null;
    StringBuilder out = new StringBuilder();
    if (s.position() != null) out.append(s.position().strip());
    if (s.name() != null) out.append(out.isEmpty() ? "" : " ").append(s.name().strip());
    return out.isEmpty() ? null : out.toString();
  }
}
