package vn.cancu.search;

import java.util.List;
import vn.cancu.text.Html;

/**
 * Cuts an HTML excerpt around the densest group of highlights: matches wrapped in {@code <mark>},
 * every other character escaped, so the snippet is safe to insert as HTML.
 */
final class Snippets {
  static final int WINDOW = 240;
  private static final int LEAD = 60;

  String snippet(String text, List<Hit.Highlight> highlights) {
    int from = 0;
    int to = text.length();
    if (text.length() > WINDOW) {
      int anchor = bestStart(highlights);
      from = wordBoundary(text, Math.max(0, anchor - LEAD), false);
      to = wordBoundary(text, Math.min(text.length(), from + WINDOW), true);
    }
    StringBuilder out = new StringBuilder();
    if (from > 0) out.append('…');
    int at = from;
    for (Hit.Highlight h : highlights) {
      if (h.end() <= from || h.start() >= to) continue;
      int s = Math.max(h.start(), from);
      int e = Math.min(h.end(), to);
      Html.escape(text, at, s, out);
      out.append("<mark>");
      Html.escape(text, s, e, out);
      out.append("</mark>");
      at = e;
    }
    Html.escape(text, at, to, out);
    if (to < text.length()) out.append('…');
    return out.toString();
  }

  /** Start of the highlight that begins the window holding the most highlights. */
  private static int bestStart(List<Hit.Highlight> highlights) {
    int best = 0;
    int bestCount = 0;
    for (int i = 0; i < highlights.size(); i++) {
      int count = 0;
      for (int j = i; j < highlights.size() && highlights.get(j).end() - highlights.get(i).start() <= WINDOW - LEAD; j++) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        best = highlights.get(i).start();
      }
    }
    return best;
  }

  /** Moves an offset to the nearest whitespace (backward for a start, forward for an end). */
  private static int wordBoundary(String text, int offset, boolean forward) {
    int limit = 20;
    int i = offset;
    while (i > 0 && i < text.length() && !Character.isWhitespace(text.charAt(i)) && limit-- > 0) {
      i += forward ? 1 : -1;
    }
    return Character.isWhitespace(text.charAt(Math.min(i, text.length() - 1))) || i == 0 || i == text.length() ? i : offset;
  }
}
