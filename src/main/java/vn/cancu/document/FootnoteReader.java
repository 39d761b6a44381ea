package vn.cancu.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.text.FootnoteMarkers;

/**
 * Footnote bodies (moved after the running text by the repair, each "1 body" or "¹ body") and
 * their markers in the running text. A trailing digit is a marker only when a footnote with that
 * number exists, the digit is glued to a lower-case word or a closing quote ("khéo”1", "cơ sở2"),
 * and markers come in increasing order; superscripts are always markers.
 */
final class FootnoteReader {
  private static final String SUPERSCRIPTS = FootnoteMarkers.SUPERSCRIPTS;
  private static final Pattern BODY = Pattern.compile("(\\d{1,3}|[" + SUPERSCRIPTS + "]+)\\s*");
  private static final Pattern MARKER =
      Pattern.compile(
          "(?<=[\\p{Ll}”\"’)])(\\d{1,2})(?![\\p{L}\\p{N}/])(?![.,]\\p{N})"
              + "|(?<=\\S)([" + SUPERSCRIPTS + "]+)");
  // "100 m2", "km2": units, not markers.
  private static final Set<String> UNITS = Set.of("m", "km", "cm", "mm", "dm", "ha");

  /** A footnote body before anchoring. */
  record Body(int marker, String text, Span span) {}

  private FootnoteReader() {}

  static List<Body> bodies(List<Paragraph> paras) {
    List<Body> out = new ArrayList<>();
    for (Paragraph p : paras) {
      Matcher m = BODY.matcher(p.text());
      if (!m.lookingAt()) continue;
      int start = p.span().start() + m.end();
      out.add(new Body(FootnoteMarkers.value(m.group(1)), p.text().substring(m.end()), new Span(start, p.span().end())));
    }
    return out;
  }

  /** Marker number → where the marker sits in the running text [from, to). */
  static Map<Integer, Span> anchors(String text, int from, int to, List<Body> bodies) {
    Set<Integer> numbers = new HashSet<>();
    bodies.forEach(b -> numbers.add(b.marker()));
    Map<Integer, Span> out = new HashMap<>();
    int last = 0;
    Matcher m = MARKER.matcher(text).region(from, to);
    while (m.find()) {
      boolean superscript = m.group(2) != null;
      int n = FootnoteMarkers.value(superscript ? m.group(2) : m.group(1));
      if (!numbers.contains(n) || out.containsKey(n) || n < last) continue;
      if (!superscript && UNITS.contains(wordBefore(text, m.start()))) continue;
      out.put(n, new Span(m.start(), m.end()));
      last = n;
    }
    return out;
  }

  private static String wordBefore(String text, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
    return text.substring(start, end);
  }
}
