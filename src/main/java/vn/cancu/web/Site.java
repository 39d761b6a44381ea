package vn.cancu.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Plan;
import vn.cancu.graph.CitationGraph;
import vn.cancu.graph.CorpusBasis;
import vn.cancu.graph.GraphBuilder;
import vn.cancu.index.Corpus;
import vn.cancu.wording.DraftChecker;
import vn.cancu.wording.Lineage;
import vn.cancu.wording.WordingIndex;

/**
 * One loaded corpus as the web app reads it, with the index generation built from it. Requests
 * name plans by id only, looked up in memory, never as paths. Derived views are computed once, on
 * first use. A re-index builds a new Site and swaps it in (see {@link LiveSite}), which closes the
 * old one: its basis lets go of the old index generation.
 */
public final class Site implements AutoCloseable {

  /** A corpus file that gave no plan, and why (only its name is shown, not the server's path). */
  public record SkippedFile(String file, String reason) {}

  private final Corpus corpus;
  private final String generation;
  private final CorpusBasis basis;
  private final Map<String, PlanView> planViews = new ConcurrentHashMap<>();
  private volatile CitationGraph graph;
  private final Background<Lineage> lineage;
  private final Background<WordingIndex> wording;
  private volatile DraftChecker draftChecker;

  /**
   * @param generation the index generation built from this corpus ("gen-3")
   * @param basis the basis of every clause, stated and inferred from that generation; the site
   *     closes it
   */
  public Site(Corpus corpus, String generation, CorpusBasis basis) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.generation = generation;
    this.basis = Objects.requireNonNull(basis, "basis");
    this.lineage = new Background<>("cancu-lineage", () -> new Lineage(List.copyOf(plans())));
    this.wording = new Background<>("cancu-wording", () -> WordingIndex.build(List.copyOf(plans())));
  }

  public Corpus corpus() {
    return corpus;
  }

  public Collection<Plan> plans() {
    return corpus.plans().values();
  }

  public Optional<Plan> plan(String id) {
    return corpus.plan(id);
  }

  public List<Citation> citations(String planId) {
    return corpus.citations(planId);
  }

  public int citationCount() {
    return corpus.citationCount();
  }

  public Catalog catalog() {
    return corpus.catalog();
  }

  public List<SkippedFile> skipped() {
    return corpus.skipped().stream()
        .map(s -> new SkippedFile(String.valueOf(s.file().getFileName()), s.reason()))
        .toList();
  }

  /** The full text of a catalogue record's document, if the corpus holds it. */
  public Optional<DirectiveText> directiveText(DirectiveRecord record) {
    return corpus.directives().stream().filter(d -> d.key().equals(record.key())).findFirst();
  }

  public String generation() {
    return generation;
  }

  /** The plan page's model, with each clause's basis links (inferred for this plan on first use). */
  Optional<PlanView> planView(String id) {
    return plan(id).map(p -> {
      PlanView known = planViews.get(id);
      if (known != null) return known;
      // Outside computeIfAbsent: inference takes a while and must not hold up other plans' views.
      BasisLinks links = BasisLinks.of(basis.plan(id), catalog());
      return planViews.computeIfAbsent(id, k -> PlanView.of(p, links.basis(), links.clauses()));
    });
  }

  public CorpusBasis basis() {
    return basis;
  }

  /** The typed citation graph of the corpus, built on first use. */
  public CitationGraph graph() {
    CitationGraph g = graph;
    if (g == null) graph = g = GraphBuilder.build(corpus);
    return g;
  }

  /** Recurring passages and wording search, built on first use (the grouping of every passage). */
  WordingIndex wording() {
    return wording.get();
  }

  /** Which plans share text with which, built on first use; waits for it. */
  Lineage lineage() {
    return lineage.get();
  }

  /** The lineage if built, else empty and its build started in the background: for pages that must not wait. */
  Optional<Lineage> lineageIfReady() {
    return lineage.ifReady();
  }

  DraftChecker draftChecker() {
    DraftChecker c = draftChecker;
    if (c == null) draftChecker = c = new DraftChecker(catalog());
    return c;
  }

  @Override
  public void close() {
    basis.close();
  }
}
