package vn.cancu.document;

/**
 * A footnote: its marker number, its text and where each sits in the plan text.
 *
 * @param marker the footnote number (1 for "¹" or a trailing "1")
 * @param text the footnote body, without its leading number
 * @param span where the body sits in the plan text
 * @param anchor where the marker sits in the body text, or null when no marker was found
 * @param clauseId the id of the clause holding the marker, or null
 */
public record Footnote(int marker, String text, Span span, Span anchor, String clauseId) {}
