package vn.cancu.document;

import java.util.ArrayList;
import java.util.List;

/** Splits repaired text (one paragraph per line) into paragraphs with their spans. */
final class Paragraphs {
  private Paragraphs() {}

  static List<Paragraph> split(String text, int start, int end) {
    List<Paragraph> out = new ArrayList<>();
    int pos = start;
    while (pos < end) {
      int nl = text.indexOf('\n', pos);
      int stop = nl < 0 || nl > end ? end : nl;
      if (stop > pos) out.add(new Paragraph(text.substring(pos, stop), new Span(pos, stop)));
      pos = stop + 1;
    }
    return out;
  }
}
