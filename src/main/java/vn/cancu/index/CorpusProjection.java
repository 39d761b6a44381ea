package vn.cancu.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cancu.cite.Article;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;

/**
 * What the index shows of a {@link Corpus}: each plan with its clauses (footnote bodies appended to
 * the clause that anchors them, so "footnote 2" is found through its clause) and the documents each
 * clause cites; the basis paragraphs ("Căn cứ ...") as one more clause, id {@value #BASIS}; each
 * catalogue record with the articles of its full text when the corpus has it.
 */
public final class CorpusProjection {
  /** Clause id of a plan's basis paragraphs and of citations outside any clause. */
  public static final String BASIS = "basis";

  private CorpusProjection() {}

  public static IndexContent of(Corpus corpus) {
    List<IndexablePlan> plans = new ArrayList<>();
    for (Plan plan : corpus.plans().values()) plans.add(plan(plan, corpus.citations(plan.id())));
    Map<String, DirectiveText> texts = texts(corpus);
    List<IndexableDirective> directives = new ArrayList<>();
    for (DirectiveRecord r : corpus.catalog().records()) directives.add(directive(r, texts.get(r.key())));
    return new IndexContent(plans, directives);
  }

  /**
   * How many documents {@link #of} makes, counted without building them (a server start on an
   * unchanged index reports them but writes nothing).
   */
  public record Size(int plans, int clauses, int directives, int articles) {}

  public static Size size(Corpus corpus) {
    int clauses = 0;
    for (Plan plan : corpus.plans().values()) {
      clauses += plan.allClauses().size() + (hasBasisClause(plan, corpus.citations(plan.id())) ? 1 : 0);
    }
    Map<String, DirectiveText> texts = texts(corpus);
    int articles = 0;
    for (DirectiveRecord r : corpus.catalog().records()) {
      DirectiveText text = texts.get(r.key());
      if (text != null) articles += text.articles().size();
    }
    return new Size(corpus.plans().size(), clauses, corpus.catalog().records().size(), articles);
  }

  public static Size size(IndexContent content) {
    return new Size(content.plans().size(), content.clauseCount(), content.directives().size(), content.articleCount());
  }

  private static Map<String, DirectiveText> texts(Corpus corpus) {
    Map<String, DirectiveText> texts = new HashMap<>();
    for (DirectiveText t : corpus.directives()) texts.putIfAbsent(t.key(), t);
    return texts;
  }

  /** Whether the plan gets a {@value #BASIS} clause: basis paragraphs, or citations outside any clause. */
  private static boolean hasBasisClause(Plan plan, List<Citation> citations) {
    return !basisText(plan).isEmpty() || citations.stream().anyMatch(c -> BASIS.equals(clauseOf(c)));
  }

  private static String basisText(Plan plan) {
    return plan.basis().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
  }

  private static String clauseOf(Citation c) {
    return c.clause() == null ? BASIS : c.clause();
  }

  static IndexablePlan plan(Plan plan, List<Citation> citations) {
    Map<String, List<CitedDocument>> byClause =
        citations.stream()
            .collect(
                Collectors.groupingBy(
                    CorpusProjection::clauseOf,
                    Collectors.mapping(CorpusProjection::cited, Collectors.toList())));
    List<IndexableClause> clauses = new ArrayList<>();
    if (hasBasisClause(plan, citations)) {
      clauses.add(new IndexableClause(BASIS, "", basisText(plan), byClause.getOrDefault(BASIS, List.of())));
    }
    for (Clause c : plan.allClauses()) {
      StringBuilder text = new StringBuilder(c.text());
      for (int marker : c.footnotes()) {
        for (Footnote f : plan.footnotes()) {
          if (f.marker() == marker) text.append(text.isEmpty() ? "" : "\n").append('[').append(marker).append("] ").append(f.text());
        }
      }
      clauses.add(new IndexableClause(c.id(), c.heading(), text.toString(), byClause.getOrDefault(c.id(), List.of())));
    }
    var h = plan.header();
    return new IndexablePlan(
        plan.id(),
        h == null ? null : h.type(),
        h == null ? "" : h.title(),
        h == null ? null : h.number(),
        h == null ? null : h.issuer(),
        h == null ? null : h.province(),
        h == null ? null : h.level(),
        h == null || h.date() == null ? null : h.date().getYear(),
        h == null || h.date() == null ? null : h.date().toString(),
        clauses);
  }

  private static CitedDocument cited(Citation c) {
    return new CitedDocument(c.key(), c.scopedKey(), c.type().name(), c.number());
  }

  private static IndexableDirective directive(DirectiveRecord r, DirectiveText text) {
    List<IndexableDirective.IndexableArticle> articles = new ArrayList<>();
    if (text != null) {
      for (Article a : text.articles()) {
        articles.add(new IndexableDirective.IndexableArticle("Điều " + a.number(), a.heading(), a.text()));
      }
    }
    return new IndexableDirective(
        r.scopedKey(),
        r.type().vietnamese(),
        r.standardCitation(),
        r.subject(),
        r.issuer(),
        r.year(),
        r.variants(),
        r.mentionCount(),
        articles);
  }
}
