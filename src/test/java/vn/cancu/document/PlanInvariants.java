package vn.cancu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import vn.cancu.text.OutlineLabel;

/** What every parsed plan must satisfy, whatever the input. */
final class PlanInvariants {
  // "43-" at a line end, "- QĐ/TW" or "-\nKL/TW": a document symbol cut in two.
  private static final Pattern CUT_SYMBOL =
      Pattern.compile("\\d-\\s+[A-ZĐ]{1,8}/|/[A-ZĐ]{1,8}-\\s+[A-ZĐ]{2}|\\d-\\n");

  private PlanInvariants() {}

  static void assertWellFormed(Plan plan) {
    String text = plan.text();
    assertEquals(text.length() + 1, plan.sourceOffsets().length());
    for (Paragraph p : plan.basis()) assertSpan(plan, p.span(), p.text());
    for (Clause c : plan.allClauses()) {
      assertWithin(plan, c.span());
      assertFalse(c.id().isEmpty());
      assertEquals(c.text().strip(), c.text(), "text of " + c.id() + " is trimmed");
      assertEquals(c.heading().strip(), c.heading(), "heading of " + c.id() + " is trimmed");
      if (!c.text().isEmpty()) {
        int at = text.indexOf(c.text(), c.span().start());
        assertTrue(at >= c.span().start() && at + c.text().length() <= c.span().end(), "text of " + c.id());
      }
      if (!c.heading().isEmpty()) {
        int at = text.indexOf(c.heading(), c.span().start());
        assertTrue(at >= 0 && at + c.heading().length() <= c.span().end(), "heading of " + c.id());
      }
      for (Clause child : c.children()) assertTrue(c.span().contains(child.span()), child.id() + " in " + c.id());
    }
    for (Footnote f : plan.footnotes()) {
      assertSpan(plan, f.span(), f.text());
      if (f.anchor() != null) assertWithin(plan, f.anchor());
      if (f.clauseId() != null) {
        Clause c = plan.clause(f.clauseId()).orElseThrow();
        assertTrue(c.footnotes().contains(f.marker()), f.marker() + " listed by " + c.id());
      }
    }
  }

  /** Every document symbol is whole: no "43-" at a line end, no "23- QĐ/TW". */
  static void assertWholeSymbols(Plan plan) {
    String text = plan.text();
    assertFalse(CUT_SYMBOL.matcher(text).find(), () -> "cut symbol near " + snippet(text, CUT_SYMBOL));
  }

  /** No paragraph cut mid-sentence: one ending on a bare lower-case word, the next starting lower-case. */
  static void assertNoCutParagraphs(Plan plan) {
    List<String> paragraphs = List.of(plan.text().split("\n"));
    for (int i = 1; i < paragraphs.size(); i++) {
      String prev = paragraphs.get(i - 1);
      String next = paragraphs.get(i);
      boolean cut = prev.matches(".*\\p{Ll}") && next.matches("\\p{Ll}.*") && OutlineLabel.at(next).isEmpty();
      assertFalse(cut, "cut between «" + prev + "» and «" + next + "»");
    }
  }

  private static void assertSpan(Plan plan, Span span, String text) {
    assertNotNull(span);
    assertWithin(plan, span);
    assertEquals(text, plan.text().substring(span.start(), span.end()));
  }

  private static void assertWithin(Plan plan, Span span) {
    assertTrue(span.end() <= plan.text().length(), span + " beyond " + plan.text().length());
  }

  private static String snippet(String text, Pattern p) {
    var m = p.matcher(text);
    return m.find() ? text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)) : "";
  }
}
