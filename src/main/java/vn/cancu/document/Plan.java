package vn.cancu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured plan (or any structured document): the repaired text and its parts. All spans refer
 * to {@link #text()}; {@link #toSourceOffset(int)} maps them back to the extracted text.
 *
 * @param id stable id (the source file name without extension)
 * @param text the repaired text every span points into
 * @param sourceOffsets for each char of {@code text}, its offset in the extracted text (length
 *     text.length() + 1, the last entry mapping the end)
 * @param header the header metadata
 * @param basis the "Căn cứ ..." / "Thực hiện ..." paragraphs before the outline
 * @param clauses the top-level outline clauses
 * @param footnotes all footnotes, by marker order
 * @param recipients the "Nơi nhận" lines, without their leading dash
 * @param signer the signature block, or null
 */
public record Plan(
    String id,
    String text,
    SourceOffsets sourceOffsets,
    Header header,
    List<Paragraph> basis,
    List<Clause> clauses,
    List<Footnote> footnotes,
    List<String> recipients,
    Signer signer) {

  public Plan {
    Objects.requireNonNull(sourceOffsets, "sourceOffsets");
    basis = List.copyOf(basis);
    clauses = List.copyOf(clauses);
    footnotes = List.copyOf(footnotes);
    recipients = List.copyOf(recipients);
  }

  /** A plan with the per-char offsets of its repair. */
  public Plan(
      String id,
      String text,
      int[] sourceOffsets,
      Header header,
      List<Paragraph> basis,
      List<Clause> clauses,
      List<Footnote> footnotes,
      List<String> recipients,
      Signer signer) {
    this(id, text, SourceOffsets.of(sourceOffsets), header, basis, clauses, footnotes, recipients, signer);
  }

  public int toSourceOffset(int offset) {
    return sourceOffsets.get(offset);
  }

  /**
   * By id only, which equal plans share: the record's own hash walks the whole text and outline,
   * and plans are map keys (the catalogue's mentions) for every plan of the corpus at each load.
   */
  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  /** Every clause, depth first, in document order. */
  public List<Clause> allClauses() {
    List<Clause> out = new ArrayList<>();
    collect(clauses, out);
    return out;
  }

  private static void collect(List<Clause> level, List<Clause> out) {
    for (Clause c : level) {
      out.add(c);
      collect(c.children(), out);
    }
  }

  public Optional<Clause> clause(String clauseId) {
    return allClauses().stream().filter(c -> c.id().equals(clauseId)).findFirst();
  }

  /** The deepest clause whose span holds the offset, if any. */
  public Optional<Clause> clauseAt(int offset) {
    Clause found = null;
    List<Clause> level = clauses;
    while (true) {
      Clause next = null;
      for (Clause c : level) {
        if (c.span().contains(offset)) {
          next = c;
          break;
        }
      }
      if (next == null) return Optional.ofNullable(found);
      found = next;
      level = next.children();
    }
  }

  public Optional<Footnote> footnoteAt(int offset) {
    return footnotes.stream().filter(f -> f.span().contains(offset)).findFirst();
  }
}
