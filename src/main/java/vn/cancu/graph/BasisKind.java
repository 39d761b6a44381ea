package vn.cancu.graph;

import java.util.Locale;

/**
 * Why a clause is linked to a document, strongest first: the clause cites it, a footnote anchored in
 * it does, an enclosing clause or the plan's basis paragraphs do, or similar wording suggests it.
 */
public enum BasisKind {
  EXPLICIT,
  FOOTNOTE,
  INHERITED,
  INFERRED;

  /** The lower-case name used in JSON, CSS classes and labels ("explicit"). */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the link rests on the plan's own words, not on a suggestion. */
  public boolean stated() {
    return this != INFERRED;
  }
}
