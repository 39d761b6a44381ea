package vn.cancu.wording;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.cite.Citation;
import vn.cancu.document.Span;

/** Where inside a citation its symbol and its date are written. */
final class SymbolSpans {
  private static final Pattern DATE =
      Pattern.compile("\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  private SymbolSpans() {}

  /** The symbol as written ("26-TTg", "23- QĐ/TW", "14/CTTTg"), found from the citation's number. */
  static Optional<Span> symbol(String text, Citation c) {
    if (c.number() == null) return Optional.empty();
    Pattern p = Pattern.compile("(?<![\\p{L}\\d])0*" + Pattern.quote(c.number())
        + "(?:[ \\t\\n]{0,2}[-/][ \\t\\n]{0,2}[\\p{L}\\d]+)+");
    Matcher m = p.matcher(text).region(c.start(), c.end());
    return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
  }

  /** The written date of a dated citation. */
  static Optional<Span> date(String text, Citation c) {
    Matcher m = DATE.matcher(text).region(c.start(), c.end());
    return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
  }

  /** A year other than {@code year} written right after a document's name ("Luật ... năm 2020"). */
  static Optional<Span> yearAfterName(String text, Citation c, int year) {
    int end = Math.min(c.end(), c.start() + c.name().length() + 16);
    Matcher m = YEAR.matcher(text).region(c.start(), Math.max(c.start(), end));
    while (m.find()) if (Integer.parseInt(m.group()) != year) return Optional.of(new Span(m.start(), m.end()));
    return Optional.empty();
  }
}
