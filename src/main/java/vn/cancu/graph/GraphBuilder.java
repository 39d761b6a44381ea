package vn.cancu.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;
import vn.cancu.index.Corpus;

/**
 * Builds the citation graph of a corpus: plan → document edges typed by the words before each
 * mention, plan → plan edges where a citation resolves to a corpus plan, document → document edges
 * from the subjects of mentions and the titles of directive texts, and pin cites to articles.
 */
public final class GraphBuilder {
  static final String PART_OF = "part-of";
  static final String IMPLEMENTS = "implements";

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<List<String>, List<Evidence>> edges = new LinkedHashMap<>();
  private final Map<String, String> aliases = new HashMap<>();

  private GraphBuilder() {}

  public static CitationGraph build(Corpus corpus) {
    return build(List.copyOf(corpus.plans().values()), corpus.citations(), corpus.catalog(), corpus.directives());
  }

  /**
   * @param citations each plan's citations, by plan id (as {@code CitationExtractor} gives them)
   * @param texts the directive full texts of corpus/directives
   */
  public static CitationGraph build(
      List<Plan> plans, Map<String, List<Citation>> citations, Catalog catalog, List<DirectiveText> texts) {
    return new GraphBuilder().run(plans, citations, catalog, texts);
  }

  private CitationGraph run(
      List<Plan> plans, Map<String, List<Citation>> citations, Catalog catalog, List<DirectiveText> texts) {
    for (Plan p : plans) nodes.put(p.id(), planNode(p));
    for (DirectiveRecord r : catalog.records()) nodes.putIfAbsent(r.scopedKey(), directiveNode(r));
    Map<String, DirectiveText> byKey = new HashMap<>();
    for (DirectiveText t : texts) byKey.put(t.key(), t);
    CatalogKeys keys = new CatalogKeys(catalog);
    PlanResolver resolver = new PlanResolver(plans);
    SubjectEdges subjects = new SubjectEdges(catalog);
    Map<String, Boolean> keyOnlyResolved = new HashMap<>();
    for (Plan p : plans) {
      for (Citation c : citations.getOrDefault(p.id(), List.of())) {
        String key = keys.of(p.id(), c);
        Evidence e = new Evidence(p.id(), c.clause() == null ? StatedBasis.PLAN_LEVEL : c.clause(), c.footnote(),
            c.start(), c.end(), c.written());
        Optional<PlanResolver.Match> plan = resolver.resolve(c, p.id());
        if (plan.isPresent()) {
          String target = plan.get().planId();
          aliases.put(key, target);
          keyOnlyResolved.putIfAbsent(key, true);
          boolean follows = c.relation().equals("basis") || c.relation().equals(IMPLEMENTS);
          // A plan that takes another plan as its basis carries it out at its own level.
          add(p.id(), target, follows ? IMPLEMENTS : c.relation(), e);
        } else {
          keyOnlyResolved.put(key, false);
          add(p.id(), key, c.relation(), e);
          pin(p, c, key, byKey.get(c.key()), e);
        }
        for (SubjectEdges.Link l : subjects.in(c, key)) add(key, l.target(), l.relation(), e);
      }
    }
    for (DirectiveText t : texts) {
      String key = CatalogKeys.canonical(catalog, t.key(), false);
      Evidence e = new Evidence(key, null, null, 0, 0, t.title());
      for (SubjectEdges.Link l : subjects.inTitle(t.title(), key)) add(key, l.target(), l.relation(), e);
    }
    keyOnlyResolved.forEach((key, onlyPlan) -> {
      if (onlyPlan && !hasEdges(key)) nodes.remove(key);
    });
    for (String id : nodes.keySet()) {
      int at = id.indexOf('@');
      if (at > 0) aliases.putIfAbsent(id.substring(0, at), id);
    }
    List<Edge> out = new ArrayList<>();
    edges.forEach((k, ev) -> out.add(new Edge(k.get(0), k.get(1), k.get(2), ev)));
    return new CitationGraph(nodes.values(), out, aliases);
  }

  private void pin(Plan p, Citation c, String key, DirectiveText text, Evidence e) {
    if (text == null) return;
    Optional<Pin> pin = Pin.before(p.text(), c.start());
    if (pin.isEmpty()) return;
    int n = pin.get().article();
    text.articles().stream().filter(a -> a.number() == n).findFirst().ifPresent(a -> {
      String id = key + "#" + n;
      Node doc = nodes.get(key);
      nodes.putIfAbsent(id, new Node(id, "Điều " + n + " · " + key, Node.ARTICLE, doc == null ? null : doc.type(),
          doc == null ? null : doc.level(), doc == null ? null : doc.province(), doc == null ? null : doc.year()));
      Evidence pinned = new Evidence(e.doc(), e.part(), e.footnote(), e.start(), e.end(), pin.get().written() + " " + e.text());
      add(p.id(), id, c.relation(), pinned);
      add(id, key, PART_OF, new Evidence(key, "Điều " + n, null, 0, 0, "Điều " + n + ". " + a.heading()));
    });
  }

  private boolean hasEdges(String id) {
    return edges.keySet().stream().anyMatch(k -> k.get(0).equals(id) || k.get(1).equals(id));
  }

  private void add(String source, String target, String relation, Evidence e) {
    if (source.equals(target)) return;
    nodes.computeIfAbsent(target, GraphBuilder::bareNode);
    nodes.computeIfAbsent(source, GraphBuilder::bareNode);
    List<Evidence> ev = edges.computeIfAbsent(List.of(source, target, relation), k -> new ArrayList<>());
    if (!ev.contains(e)) ev.add(e);
  }

  private static Node planNode(Plan p) {
    Header h = p.header();
    String type = h.type() == null || h.type().isBlank() ? "Kế hoạch" : capitalized(h.type().strip());
    String label = h.number() != null && !h.number().isBlank() ? type + " số " + h.number().strip()
        : h.title() != null && !h.title().isBlank() ? type + " " + unshouted(h.title().strip()) : p.id();
    Integer year = h.date() == null ? null : h.date().getYear();
    return new Node(p.id(), label, Node.PLAN, type, h.level(), h.province(), year);
  }

  private static Node directiveNode(DirectiveRecord r) {
    String level = r.scope() == null ? "trung-uong" : Levels.of(r.issuer());
    return new Node(r.scopedKey(), r.shortCitation(), Node.DIRECTIVE, r.type().vietnamese(), level, r.scope(), r.year());
  }

  /** A document known only from another's subject or title. */
  private static Node bareNode(String scopedKey) {
    String scope = CatalogKeys.scope(scopedKey);
    String key = scope == null ? scopedKey : scopedKey.substring(0, scopedKey.indexOf('@'));
    return new Node(scopedKey, key, Node.DIRECTIVE, null, scope == null ? "trung-uong" : null, scope, null);
  }

  /** "THỰC HIỆN CÔNG TÁC ..." → "thực hiện công tác ...": a title set in capitals reads as a sentence. */
  private static String unshouted(String title) {
    return title.equals(title.toUpperCase(java.util.Locale.ROOT)) ? title.toLowerCase(java.util.Locale.ROOT) : title;
  }

  private static String capitalized(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
