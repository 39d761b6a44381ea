package vn.cancu.wording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.cite.DocType;
import vn.cancu.document.Span;

/**
 * Checks the mentions of each document within one draft: the same date and subject every time,
 * and the first mention in full (Nghị định 30/2020/NĐ-CP, Phụ lục I: type, number and symbol, date,
 * issuer and subject at the first citation; laws and ordinances by type and name only).
 */
final class CitationConsistency {
  private static final Set<DocType> NAMED_TYPES = Set.of(DocType.LUAT, DocType.BO_LUAT, DocType.HIEN_PHAP, DocType.PHAP_LENH);

  /** Subjects run long when the finder cannot see where they end; show this much of them. */
  private static final int SHOWN = 120;

  private final String text;
  private final TextPositions pos;
  private final Function<String, Optional<DirectiveRecord>> catalogue;

  CitationConsistency(String text, TextPositions pos, Function<String, Optional<DirectiveRecord>> catalogue) {
    this.text = text;
    this.pos = pos;
    this.catalogue = catalogue;
  }

  void check(List<Citation> citations, List<Problem> out) {
    Map<String, List<Citation>> byKey = new LinkedHashMap<>();
    for (Citation c : citations) if (c.number() != null) byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    for (List<Citation> mentions : byKey.values()) {
      Optional<DirectiveRecord> record = catalogue.apply(mentions.get(0).key());
      if (record.map(DirectiveRecord::date).isEmpty()) dates(mentions, out);
      subjects(mentions, out);
      firstInFull(mentions, record, out);
    }
  }

  private void dates(List<Citation> mentions, List<Problem> out) {
    Citation first = mentions.stream().filter(c -> c.date() != null).findFirst().orElse(null);
    if (first == null) return;
    for (Citation c : mentions) {
      if (c.date() == null || c.date().equals(first.date())) continue;
      Span s = SymbolSpans.date(text, c).orElse(new Span(c.start(), c.end()));
      add(s, Dates.dmy(first.date()), LintReasons.of("inconsistent-date", Dates.dmy(first.date()), pos.line(first.start())),
          "inconsistent-date", out);
    }
  }

  private void subjects(List<Citation> mentions, List<Problem> out) {
    Citation first = mentions.stream().filter(c -> complete(c.subject())).findFirst().orElse(null);
    if (first == null) return;
    for (Citation c : mentions) {
      if (c == first || !complete(c.subject())) continue;
      String a = first.subject(), b = c.subject();
      if (Texts.sameSubject(a, b)) continue;
      int at = text.indexOf(b.substring(0, Math.min(12, b.length())), c.start());
      Span s = at >= 0 && at < c.end() ? new Span(at, Math.min(c.end(), at + SHOWN)) : new Span(c.start(), c.end());
      s = new Span(s.start(), Texts.wordEnd(text, s.start(), s.end()));
      add(s, null, LintReasons.of("inconsistent-subject", Texts.shorten(a, SHOWN), pos.line(first.start())),
          "inconsistent-subject", out);
    }
  }

  private void firstInFull(List<Citation> mentions, Optional<DirectiveRecord> record, List<Problem> out) {
    Citation first = mentions.get(0);
    if (NAMED_TYPES.contains(first.type()) || first.date() != null || first.issuer() != null) return;
    Citation full = mentions.stream().filter(c -> c.date() != null).findFirst().orElse(null);
    String suggestion = record.filter(r -> r.date() != null).map(DirectiveRecord::standardCitation)
        .orElse(full == null ? null : full.written());
    if (suggestion == null) return;
    add(new Span(first.start(), first.end()), suggestion, LintReasons.of("short-first-citation"), "short-first-citation", out);
  }

  private static boolean complete(String subject) {
    return subject != null && !subject.endsWith("...") && !subject.endsWith("…") && subject.length() > 12;
  }

  private void add(Span s, String suggestion, String reason, String code, List<Problem> out) {
    out.add(new Problem(s.start(), s.end(), pos.line(s.start()), pos.column(s.start()), text.substring(s.start(), s.end()),
        suggestion, reason, code));
  }
}
