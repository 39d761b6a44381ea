package vn.cancu.text;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Repairs extracted text for reading and parsing: NFC, document symbols re-joined, hard-wrapped
 * lines joined back into paragraphs (one per line, separated by "\n"), page numbers dropped,
 * footnote bodies moved after the running text (one paragraph each). Every output char maps back
 * to the extracted text; the spaces and newlines put between joined lines map to the line break
 * they replace.
 */
public final class TextRepair {

  public RepairedText repair(String extracted) {
    MappedText cleaned = TextCleaner.clean(VietnameseNormalizer.nfcMapped(extracted));
    Footnotes.Split split = Footnotes.split(LineReader.read(cleaned.text()));
    ParagraphJoiner joiner = ParagraphJoiner.of(split.body());
    MappedText out = new MappedText();
    append(split.body(), joiner::startsParagraph, cleaned, out);
    int footnotesStart = out.length();
    for (Footnotes.Note note : split.notes()) {
      Line first = note.lines().get(0);
      if (out.length() > 0) out.append('\n', cleaned.offsetAt(Math.max(0, first.start() - 1)));
      if (note == split.notes().get(0)) footnotesStart = out.length();
      append(note.lines(), (prev, next) -> false, cleaned, out);
    }
    return new RepairedText(out.text(), out.offsets(extracted.length()), footnotesStart);
  }

  private static void append(
      List<Line> lines, BiPredicate<Line, Line> startsParagraph, MappedText src, MappedText out) {
    Line prev = null;
    for (Line line : lines) {
      if (prev != null) {
        out.append(startsParagraph.test(prev, line) ? '\n' : ' ', src.offsetAt(prev.end()));
      }
      out.append(src, line.start(), line.end());
      prev = line;
    }
  }
}
