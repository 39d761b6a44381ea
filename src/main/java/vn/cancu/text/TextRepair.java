package vn.cancu.text;

import java.util.List;

/**
 * Repairs extracted text for reading and parsing: NFC, symbols re-joined, hard-wrapped lines
 * joined back into paragraphs (one per line, separated by "\n"), page numbers dropped, footnote
 * bodies moved after the running text. Every output char maps back to the extracted text.
 */
public final class TextRepair {

  public RepairedText repair(String extracted) {
    MappedText cleaned = TextCleaner.clean(VietnameseNormalizer.nfcMapped(extracted));
    String text = cleaned.text();
    Footnotes.Split split = Footnotes.split(LineReader.read(text));
    ParagraphJoiner joiner = ParagraphJoiner.of(split.body());
    MappedText out = new MappedText();
    appendLines(split.body(), joiner, cleaned, out);
    int footnotesStart = out.length();
    for (Footnotes.Note note : split.notes()) {
      if (out.length() > 0) {
        out.append('\n', cleaned.offsetAt(note.lines().get(0).start()));
      }
      if (note == split.notes().get(0)) footnotesStart = out.length();
      appendJoined(note.lines(), cleaned, out);
    }
    return new RepairedText(out.text(), out.offsets(extracted.length()), footnotesStart);
  }

  private static void appendLines(List<Line> lines, ParagraphJoiner joiner, MappedText src, MappedText out) {
    Line prev = null;
    for (Line line : lines) {
      if (prev != null) {
        char sep = joiner.startsParagraph(prev, line) ? '\n' : ' ';
        out.append(sep, src.offsetAt(prev.end()));
      }
      out.append(src, line.start(), line.end());
      prev = line;
    }
  }

  /** Footnote lines: always one paragraph. */
  private static void appendJoined(List<Line> lines, MappedText src, MappedText out) {
    Line prev = null;
    for (Line line : lines) {
      if (prev != null) out.append(' ', src.offsetAt(prev.end()));
      out.append(src, line.start(), line.end());
      prev = line;
    }
  }
}
