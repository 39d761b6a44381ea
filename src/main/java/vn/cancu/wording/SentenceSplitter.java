package vn.cancu.wording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.document.Span;

/**
 * Splits text into sentences: at line ends (one paragraph a line), at ";" and at ".", "!", "?",
 * "…" followed by a space and an upper-case letter, a digit or a quote. A period does not end a
 * sentence after an abbreviation ("TP. Hồ Chí Minh"), inside a number ("1.000", "15.10") or after an
 * outline label ("1. Mục đích", "II. NỘI DUNG"); the label itself is left out of the sentence.
 */
public final class SentenceSplitter {
  private static final Pattern LABEL =
      Pattern.compile("^(?:[IVXLC]+\\.|\\d{1,2}(?:\\.\\d{1,2})*[.)]|[a-zđ][).]|[-+•–*∙])\\s+");
  private static final Pattern LABEL_ONLY = Pattern.compile("(?:[IVXLC]+|\\d{1,2}(?:\\.\\d{1,2})*|[a-zđ])");
  private static final String CLOSERS = "”\"’')]»";
  private static final Set<String> ABBREVIATIONS = readAbbreviations();

  /** Sentence spans in {@code text[from, to)}, trimmed, labels dropped, empty ones skipped. */
  public List<Span> split(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '\n') {
        end = i;
      } else if (c == ';' || ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, start, i, to))) {
        end = i + 1;
        while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) end++;
        if (c == '.' && text.startsWith("/.", end)) end += 2;
      }
      if (end < 0) continue;
      add(text, start, end, out);
      start = c == '\n' ? end + 1 : end;
      i = start - 1;
    }
    add(text, start, to, out);
    return out;
  }

  private static boolean endsSentence(String text, int sentenceStart, int dot, int to) {
    int j = dot + 1;
    while (j < to && CLOSERS.indexOf(text.charAt(j)) >= 0) j++;
    if (text.charAt(dot) == '.' && text.startsWith("/.", j)) return true;
    if (j >= to) return true;
    if (!Character.isWhitespace(text.charAt(j))) return false;
    while (j < to && text.charAt(j) == ' ') j++;
    if (j >= to || text.charAt(j) == '\n') return true;
    char next = text.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || "“\"'‘(–-".indexOf(next) >= 0)) return false;
    if (text.charAt(dot) != '.') return true;
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) w--;
    String before = text.substring(w, dot);
    if (ABBREVIATIONS.contains(before)) return false;
    String sentence = text.substring(sentenceStart, dot).strip();
    return !LABEL_ONLY.matcher(sentence).matches();
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    Matcher m = LABEL.matcher(text).region(start, end);
    if (m.lookingAt()) start = m.end();
    if (start < end) out.add(new Span(start, end));
  }

  private static Set<String> readAbbreviations() {
    InputStream in = SentenceSplitter.class.getResourceAsStream("/wording/abbreviations.txt");
    if (in == null) throw new IllegalStateException("missing resource wording/abbreviations.txt");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return Set.copyOf(r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read wording/abbreviations.txt", e);
    }
  }
}
