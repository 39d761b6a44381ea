package vn.cancu.web;

import vn.cancu.document.Span;

/**
 * The words of a plan that cite a document, with some context either side, as three plain-text
 * parts: the template escapes each and marks the middle one, so no HTML is built here.
 */
public record Excerpt(String before, String match, String after) {

  static final int CONTEXT = 110;

  /**
   * @param text the plan text
   * @param bounds the part of the text the context may not leave (the clause or footnote)
   */
  static Excerpt of(String text, int start, int end, Span bounds) {
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int from = Math.max(Math.max(0, bounds.start()), s - CONTEXT);
    int to = Math.min(Math.min(text.length(), bounds.end()), e + CONTEXT);
    from = Math.min(from, s);
    to = Math.max(to, e);
    if (from > bounds.start() && from < s) from = wordStart(text, from, s);
    if (to < bounds.end() && to > e) to = wordEnd(text, to, e);
    return new Excerpt(flat(text.substring(from, s)), flat(text.substring(s, e)), flat(text.substring(e, to)));
  }

  // Cut after the next space so the excerpt does not start mid-word.
  private static int wordStart(String text, int from, int limit) {
    int space = text.indexOf(' ', from);
    return space < 0 || space >= limit ? from : space + 1;
  }

  private static int wordEnd(String text, int to, int limit) {
    int space = text.lastIndexOf(' ', to);
    return space <= limit ? to : space;
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
