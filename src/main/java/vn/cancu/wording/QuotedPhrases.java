package vn.cancu.wording;

import java.util.ArrayList;
import java.util.List;
import vn.cancu.document.Span;

/**
 * Finds quoted phrases: slogans, movement names and quoted titles (“Dân vận khéo”). A curly quote
 * left open ends at the next opening quote or at the line end, as in “Trọng dân, ..., có trách
 * nhiệm với dân, “Nghe dân nói...”; straight quotes pair up within a line.
 */
public final class QuotedPhrases {
  /** Longer "quotes" are quoted passages of documents, compared as sentences instead. */
  private static final int MAX_CHARS = 240;

  public List<Span> find(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '“') {
        i = curly(text, i + 1, to, out);
      } else if (c == '"' && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i = straight(text, i + 1, to, out);
      } else {
        i++;
      }
    }
    return out;
  }

  private static int curly(String text, int start, int to, List<Span> out) {
    int j = start;
    while (j < to && j - start <= MAX_CHARS) {
      char c = text.charAt(j);
      if (c == '”' || c == '“' || c == '\n') {
        add(text, start, j, out);
        return c == '”' ? j + 1 : j;
      }
      j++;
    }
    return j;
  }

  private static int straight(String text, int start, int to, List<Span> out) {
    int j = start;
    while (j < to && j - start <= MAX_CHARS && text.charAt(j) != '\n') {
      if (text.charAt(j) == '"') {
        add(text, start, j, out);
        return j + 1;
      }
      j++;
    }
    return start;
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && !Words.isWordChar(text.charAt(start))) start++;
    while (end > start && !Words.isWordChar(text.charAt(end - 1)) && text.charAt(end - 1) != ')') end--;
    if (end - start >= 2) out.add(new Span(start, end));
  }
}
