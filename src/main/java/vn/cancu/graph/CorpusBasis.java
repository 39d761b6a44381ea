package vn.cancu.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.document.Plan;
import vn.cancu.index.Corpus;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.IndexLayout;

/**
 * The basis of every clause of a corpus: stated links first, then (when an index is at hand)
 * inferred suggestions, kept apart so a suggestion never hides or replaces what the plan says.
 * Immutable.
 */
public final class CorpusBasis {
  private final Map<String, PlanBasis> plans;

  private CorpusBasis(Map<String, PlanBasis> plans) {
    this.plans = Map.copyOf(plans);
  }

  public static CorpusBasis stated(Corpus corpus) {
    return stated(List.copyOf(corpus.plans().values()), corpus.citations(), corpus.catalog());
  }

  /**
   * Stated and inferred basis, reading the index generation published under {@code indexDir} (built
   * from this corpus) once; without a published index, the stated basis alone.
   */
  public static CorpusBasis build(Corpus corpus, Path indexDir) throws IOException {
    CorpusBasis stated = stated(corpus);
    Optional<IndexLayout.Generation> generation = new IndexLayout(indexDir).current();
    if (generation.isEmpty()) return stated;
    try (FieldAnalyzers analyzers = new FieldAnalyzers();
        Directory dir = FSDirectory.open(generation.get().lucene());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      InferredBasis inferred = new InferredBasis(new IndexSearcher(reader), analyzers.perField(), corpus.catalog());
      return stated.withInferred(List.copyOf(corpus.plans().values()), inferred);
    }
  }

  /** What the plans state: explicit, footnote and inherited links. */
  public static CorpusBasis stated(List<Plan> plans, Map<String, List<Citation>> citations, Catalog catalog) {
    StatedBasis reader = new StatedBasis();
    CatalogKeys keys = new CatalogKeys(catalog);
    Map<String, PlanBasis> out = new LinkedHashMap<>();
    for (Plan p : plans) out.put(p.id(), reader.read(p, citations.getOrDefault(p.id(), List.of()), keys));
    return new CorpusBasis(out);
  }

  /** These links plus the inferred ones, appended after each clause's stated links. */
  public CorpusBasis withInferred(List<Plan> plans, InferredBasis inferred) {
    Map<String, PlanBasis> out = new LinkedHashMap<>(this.plans);
    for (Plan p : plans) {
      PlanBasis stated = this.plans.get(p.id());
      if (stated == null) continue;
      Map<String, List<BasisLink>> suggestions = inferred.infer(p, this::links);
      Map<String, List<BasisLink>> clauses = new LinkedHashMap<>(stated.clauses());
      suggestions.forEach((clauseId, links) -> {
        List<BasisLink> all = new ArrayList<>(clauses.getOrDefault(clauseId, List.of()));
        all.addAll(links);
        clauses.put(clauseId, List.copyOf(all));
      });
      out.put(p.id(), new PlanBasis(p.id(), clauses, stated.paragraphs()));
    }
    return new CorpusBasis(out);
  }

  /** The plan's basis, or an empty one for an unknown plan. */
  public PlanBasis plan(String planId) {
    PlanBasis b = plans.get(planId);
    return b == null ? new PlanBasis(planId, Map.of(), Map.of()) : b;
  }

  public List<BasisLink> links(String planId, String clauseId) {
    return plan(planId).links(clauseId);
  }
}
