package vn.cancu.document;

/** One paragraph of text (e.g. a "Căn cứ ..." basis paragraph) with its place in the plan text. */
public record Paragraph(String text, Span span) {}
