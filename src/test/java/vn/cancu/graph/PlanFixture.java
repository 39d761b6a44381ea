package vn.cancu.graph;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Header;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;
import vn.cancu.document.Span;

/** Builds a small Plan by writing its text in order: basis paragraphs, nested clauses, footnotes. */
final class PlanFixture {
  private final String id;
  private final Header header;
  private final StringBuilder text = new StringBuilder();
  private final List<Paragraph> basis = new ArrayList<>();
  private final Deque<Open> open = new ArrayDeque<>();
  private final List<Clause> top = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();

  private static final class Open {
    final String id, label, heading, body;
    final int start;
    final List<Clause> children = new ArrayList<>();
    final List<Integer> footnotes = new ArrayList<>();

    Open(String id, String label, String heading, String body, int start) {
      this.id = id;
      this.label = label;
      this.heading = heading;
      this.body = body;
      this.start = start;
    }
  }

  PlanFixture(String id, Header header) {
    this.id = id;
    this.header = header;
  }

  static Header header(String issuer, String number, LocalDate date, String title, String province, String level) {
    return new Header(issuer, null, number, null, date, "Kế hoạch", title, province, level);
  }

  PlanFixture line(String s) {
    text.append(s).append("\n\n");
    return this;
  }

  PlanFixture basis(String s) {
    int start = text.length();
    text.append(s);
    basis.add(new Paragraph(s, new Span(start, text.length())));
    text.append("\n\n");
    return this;
  }

  /** Opens a clause; its label, heading and body are written now, its children until {@link #close()}. */
  PlanFixture open(String clauseId, String label, String heading, String body) {
    int start = text.length();
    text.append(label);
    if (!heading.isEmpty()) text.append(' ').append(heading);
    text.append("\n\n");
    if (!body.isEmpty()) text.append(body).append("\n\n");
    open.push(new Open(clauseId, label, heading, body, start));
    return this;
  }

  PlanFixture clause(String clauseId, String label, String heading, String body) {
    return open(clauseId, label, heading, body).close();
  }

  PlanFixture close() {
    Open o = open.pop();
    Clause c = new Clause(o.id, o.label, o.heading, o.body, new Span(o.start, text.length()), o.footnotes, o.children);
    (open.isEmpty() ? top : open.peek().children).add(c);
    return this;
  }

  /** A footnote body at the end of the text, anchored in {@code clauseId}. */
  PlanFixture footnote(int marker, String body, String clauseId) {
    int start = text.length();
    text.append(marker).append(' ').append(body);
    footnotes.add(new Footnote(marker, body, new Span(start, text.length()), null, clauseId));
    text.append("\n\n");
    return this;
  }

  Plan build() {
    if (!open.isEmpty()) throw new IllegalStateException("unclosed clause " + open.peek().id);
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < offsets.length; i++) offsets[i] = i;
    return new Plan(id, text.toString(), offsets, header, basis, top, footnotes, List.of(), null);
  }
}
