package vn.cancu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates footnote bodies from the running text. Two shapes occur in practice: a rule or long
 * run of spaces, then "1 Trọng tâm là: ..." lines (trailing-digit markers in the text); or lines
 * opening with superscripts "¹ Kết luận ...". A footnote runs on while its lines continue a
 * sentence; the running text resumes at an indented line (page-break artefact) or after a
 * footnote that ends a sentence.
 */
final class Footnotes {
  private static final Pattern SUPERSCRIPT_START =
      Pattern.compile("([" + FootnoteMarkers.SUPERSCRIPTS + "]+)\\s*\\S");
  private static final Pattern DIGIT_START = Pattern.compile("(\\d{1,2})\\s+[\\p{Lu}“\"]");

  /** One footnote: its number and its lines. */
  record Note(int marker, List<Line> lines) {}

  /** Running text lines and footnotes, each in document order. */
  record Split(List<Line> body, List<Note> notes) {}

  private Footnotes() {}

  static Split split(List<Line> lines) {
    List<Line> body = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    Note current = null;
    for (Line line : lines) {
      int marker = markerOpening(line, current);
      if (marker > 0) {
        current = new Note(marker, new ArrayList<>());
        current.lines().add(line);
        notes.add(current);
      } else if (current != null && !line.indented() && !Sentences.endsSentence(last(current))) {
        current.lines().add(line);
      } else {
        current = null;
        body.add(line);
      }
    }
    return new Split(body, notes);
  }

  private static int markerOpening(Line line, Note current) {
    Matcher sup = SUPERSCRIPT_START.matcher(line.content());
    if (sup.lookingAt()) return FootnoteMarkers.value(sup.group(1));
    Matcher digits = DIGIT_START.matcher(line.content());
    if (!digits.lookingAt()) return 0;
    int n = Integer.parseInt(digits.group(1));
    // After a separator any number opens a footnote (numbering runs through the document, or
    // restarts per page); within a block only the next number does.
    if (line.separatorBefore()) return n;
    return current != null && n == current.marker() + 1 ? n : 0;
  }

  private static String last(Note note) {
    return note.lines().get(note.lines().size() - 1).content();
  }
}
