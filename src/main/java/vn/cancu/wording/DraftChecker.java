package vn.cancu.wording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationFinder;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.cite.Flag;
import vn.cancu.document.Span;
import vn.cancu.text.RepairedText;
import vn.cancu.text.TextRepair;

/**
 * Checks the citations of a draft against the official symbol forms and the catalogue of cited
 * documents: symbols written off-standard, years and dates contradicting the catalogue, the same
 * document cited with different dates or subjects, a short citation before the first full one,
 * and a number the catalogue does not know for a document it knows by another. Pure: problems are
 * data, never exceptions.
 */
public final class DraftChecker {
  /** Symbol flags of the finder, most serious first; leading zeros are the official style (NĐ 30/2020). */
  private static final List<String> SYMBOL_CODES = List.of("nonstandard-symbol", "type-mismatch", "ascii-d", "code-case");

  private final CitationFinder finder = new CitationFinder();
  private final TextRepair repair = new TextRepair();
  private final Map<String, List<DirectiveRecord>> byKey = new HashMap<>();
  private final List<DirectiveRecord> records;

  public DraftChecker(Catalog catalog) {
    this.records = Objects.requireNonNull(catalog, "catalog").records();
    for (DirectiveRecord r : records) byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
  }

  /**
   * Checks a draft as extracted from a file or pasted: the text is repaired first (hard wraps
   * joined, split symbols re-joined, footnotes moved), and problems point back into {@code extracted}.
   */
  public List<Problem> checkDraft(String extracted) {
    RepairedText repaired = repair.repair(extracted);
    TextPositions pos = new TextPositions(extracted);
    List<Problem> out = new ArrayList<>();
    for (Problem p : check(repaired.text())) {
      int start = repaired.sourceOffsets()[p.start()];
      int end = p.end() > p.start() ? repaired.sourceOffsets()[p.end() - 1] + 1 : start;
      if (end < start) end = Math.min(extracted.length(), start + p.end() - p.start());
      out.add(p.at(start, end, pos.line(start), pos.column(start), extracted.substring(start, end)));
    }
    out.sort(Comparator.comparingInt(Problem::start).thenComparing(Problem::code));
    return List.copyOf(out);
  }

  /** Checks text as it is, offsets into it. */
  public List<Problem> check(String text) {
    TextPositions pos = new TextPositions(text);
    List<Citation> citations = finder.find(text);
    List<Problem> out = new ArrayList<>();
    for (Citation c : citations) {
      Optional<DirectiveRecord> record = record(c.key());
      symbol(text, c, pos, out);
      yearAndDate(text, c, record, pos, out);
      if (record.isEmpty()) unknownNumber(text, c, pos, out);
    }
    new CitationConsistency(text, pos, this::record).check(citations, out);
    out.sort(Comparator.comparingInt(Problem::start).thenComparing(Problem::code));
    return List.copyOf(out);
  }

  /** The catalogue record of a key: a central document, or a local one known in one province only. */
  Optional<DirectiveRecord> record(String key) {
    List<DirectiveRecord> rs = byKey.getOrDefault(key, List.of());
    return rs.size() == 1 ? Optional.of(rs.get(0)) : Optional.empty();
  }

  private static void symbol(String text, Citation c, TextPositions pos, List<Problem> out) {
    Optional<Span> at = SymbolSpans.symbol(text, c);
    if (at.isEmpty()) return;
    Span s = at.get();
    String written = text.substring(s.start(), s.end());
    String code = SYMBOL_CODES.stream().filter(c::hasFlag).findFirst().orElse(null);
    String reason;
    if (code == null) {
      if (!written.matches("(?s).*[ \\t].*")) return;
      code = "symbol-spacing";
      reason = LintReasons.of(code, c.key());
    } else if (code.equals("type-mismatch")) {
      reason = LintReasons.of(code, c.flags().stream().filter(f -> f.code().equals("type-mismatch"))
          .map(Flag::message).findFirst().orElse(""));
    } else {
      reason = LintReasons.of(code, c.key());
    }
    int start = s.start();
    String prefix = text.substring(c.start(), s.start());
    if (prefix.length() <= 30 && !prefix.contains("\n")) start = c.start();
    String suggestion = code.equals("type-mismatch") ? null : text.substring(start, s.start()) + keepZeros(written, c);
    out.add(new Problem(start, s.end(), pos.line(start), pos.column(start), text.substring(start, s.end()),
        suggestion, reason, code));
  }

  /** The official key with the number as written: "05-CT/TU", since NĐ 30/2020 writes numbers below 10 so. */
  private static String keepZeros(String written, Citation c) {
    String digits = written.replaceFirst("^(\\d+).*", "$1");
    boolean zeros = digits.startsWith("0") && c.key().startsWith(c.number());
    return zeros ? digits + c.key().substring(c.number().length()) : c.key();
  }

  private static void yearAndDate(String text, Citation c, Optional<DirectiveRecord> record, TextPositions pos,
      List<Problem> out) {
    Integer year = c.hasFlag("year-contradicts") ? c.year() : record.map(DirectiveRecord::year).orElse(null);
    if (c.name() != null && year != null && c.date() == null) {
      Optional<Span> y = SymbolSpans.yearAfterName(text, c, year);
      if (y.isPresent()) {
        Span s = y.get();
        String wrote = text.substring(s.start(), s.end());
        out.add(new Problem(c.start(), c.end(), pos.line(c.start()), pos.column(c.start()), c.written(),
            c.written().replace(wrote, String.valueOf(year)), LintReasons.of("year-contradicts", wrote, year),
            "year-contradicts"));
        return;
      }
    }
    if (c.date() != null && c.hasFlag("year-contradicts")) {
      Span s = SymbolSpans.date(text, c).orElse(new Span(c.start(), c.end()));
      out.add(new Problem(s.start(), s.end(), pos.line(s.start()), pos.column(s.start()), text.substring(s.start(), s.end()),
          record.map(DirectiveRecord::date).map(Dates::dmy).orElse(null),
          LintReasons.of("symbol-year-contradicts", c.year(), c.date().getYear()), "symbol-year-contradicts"));
      return;
    }
    LocalDate known = record.map(DirectiveRecord::date).orElse(null);
    if (c.date() != null && known != null && !known.equals(c.date())) {
      Span s = SymbolSpans.date(text, c).orElse(new Span(c.start(), c.end()));
      out.add(new Problem(s.start(), s.end(), pos.line(s.start()), pos.column(s.start()), text.substring(s.start(), s.end()),
          Dates.dmy(known), LintReasons.of("date-contradicts", Dates.dmy(c.date()), Dates.dmy(known)), "date-contradicts"));
    }
  }

  /** A dated citation whose number the catalogue lacks, of a document it knows by another number. */
  private void unknownNumber(String text, Citation c, TextPositions pos, List<Problem> out) {
    if (c.number() == null || c.date() == null) return;
    for (DirectiveRecord r : records) {
      if (r.type() != c.type() || !c.date().equals(r.date()) || r.key().equals(c.key())) continue;
      boolean sameIssuer = c.issuer() != null && r.issuer() != null && Texts.sameWords(c.issuer(), r.issuer());
      boolean sameSubject = c.subject() != null && r.subject() != null && Texts.similar(c.subject(), r.subject());
      if (!sameIssuer && !sameSubject) continue;
      Span s = SymbolSpans.symbol(text, c).orElse(new Span(c.start(), c.end()));
      out.add(new Problem(s.start(), s.end(), pos.line(s.start()), pos.column(s.start()), text.substring(s.start(), s.end()),
          r.key(), LintReasons.of("unknown-number", c.key(), r.key()), "unknown-number"));
      return;
    }
  }
}
