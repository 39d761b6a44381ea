package vn.cancu.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.concurrent.Started;
import vn.cancu.document.Clause;
import vn.cancu.document.Plan;
import vn.cancu.index.Corpus;
import vn.cancu.index.IndexLayout;

/**
 * The basis of every clause of a corpus: stated links first, then (when an index is at hand)
 * inferred suggestions, kept apart so a suggestion never hides or replaces what the plan says.
 * A plan's stated basis is read the first time it is asked for (cheap: citations are already
 * extracted, but reading every plan's was a sixth of a 10k-plan server start); its inferred
 * suggestions are computed the first time the plan is asked for, from the index generation this
 * basis keeps open until {@link #close()}; a clause asked for alone ({@link #links}: task →
 * directives reads a few clauses of many plans) is inferred alone. Suggestions depend only on the
 * index and the stated basis, so they are the same whenever and however they are computed.
 * Thread-safe.
 */
public final class CorpusBasis implements AutoCloseable {
  /** How many plans' inferred basis is kept; the rest is computed again when asked for. */
  static final int PLANS_KEPT = 2_000;
  /** How many clauses asked for alone keep their inferred links. */
  static final int CLAUSES_KEPT = 20_000;

  /** Reads a plan's stated basis; null for an unknown plan. Pure, so reading one twice is harmless. */
  private final Function<String, PlanBasis> statedReader;
  private final Map<String, PlanBasis> stated = new ConcurrentHashMap<>();
  private final Function<String, Optional<Plan>> plans;
  private final OpenInference inference; // null: stated basis only
  private final BoundedMemo<String, PlanBasis> inferred = new BoundedMemo<>(PLANS_KEPT);
  private final BoundedMemo<String, List<BasisLink>> inferredClauses = new BoundedMemo<>(CLAUSES_KEPT);

  private CorpusBasis(
      Function<String, PlanBasis> statedReader, Function<String, Optional<Plan>> plans, OpenInference inference) {
    this.statedReader = statedReader;
    this.plans = plans;
    this.inference = inference;
  }

  public static CorpusBasis stated(Corpus corpus) {
    return new CorpusBasis(reader(corpus::plan, corpus.citations(), corpus.catalog()), id -> Optional.empty(), null);
  }

  /** What the plans state: explicit, footnote and inherited links. */
  public static CorpusBasis stated(List<Plan> plans, Map<String, List<Citation>> citations, Catalog catalog) {
    Map<String, Plan> byId = new HashMap<>();
    for (Plan p : plans) byId.put(p.id(), p);
    return new CorpusBasis(reader(id -> Optional.ofNullable(byId.get(id)), citations, catalog), id -> Optional.empty(), null);
  }

  /**
   * Stated basis now, inferred suggestions on demand from the index generation published under
   * {@code indexDir} (built from this corpus), which stays open until {@link #close()}; without a
   * published index, the stated basis alone.
   */
  public static CorpusBasis open(Corpus corpus, Path indexDir) throws IOException {
    Optional<IndexLayout.Generation> generation = new IndexLayout(indexDir).current();
    OpenInference inference = generation.isEmpty() ? null : OpenInference.open(generation.get(), corpus.catalog());
    return new CorpusBasis(reader(corpus::plan, corpus.citations(), corpus.catalog()), corpus::plan, inference);
  }

  private static Function<String, PlanBasis> reader(
      Function<String, Optional<Plan>> plans, Map<String, List<Citation>> citations, Catalog catalog) {
    StatedBasis reader = new StatedBasis();
    // Every catalogued mention by plan and place (0.2 s at 10k plans): built beside the rest of a
    // server start, awaited by the first plan read.
    CompletableFuture<CatalogKeys> keys = Started.onOwnThread("catalog-keys", () -> new CatalogKeys(catalog));
    return id -> plans.apply(id)
        .map(p -> reader.read(p, citations.getOrDefault(id, List.of()), Started.await(keys)))
        .orElse(null);
  }

  /** The plan's stated basis, read once; null for an unknown plan. */
  private PlanBasis statedBasis(String planId) {
    PlanBasis known = stated.get(planId);
    if (known != null) return known;
    PlanBasis read = statedReader.apply(planId);
    if (read == null) return null;
    PlanBasis raced = stated.putIfAbsent(planId, read);
    return raced == null ? read : raced;
  }

  /**
   * The plan's basis, or an empty one for an unknown plan. The first call for a plan infers its
   * suggestions (a concurrent call for the same plan waits for that one); after {@link #close()} a
   * plan not yet inferred gets its stated basis only.
   */
  public PlanBasis plan(String planId) {
    PlanBasis own = statedBasis(planId);
    if (own == null) return new PlanBasis(planId, Map.of(), Map.of());
    if (inference == null) return own;
    return inferred.get(planId, id -> withInferred(own)).orElse(own);
  }

  /**
   * One clause's links: from its plan's basis if that is inferred already, else inferring this
   * clause alone (once, as for {@link #plan}); the stated links only after {@link #close()}.
   */
  public List<BasisLink> links(String planId, String clauseId) {
    PlanBasis own = statedBasis(planId);
    if (own == null) return List.of();
    if (inference == null) return own.links(clauseId);
    Optional<PlanBasis> whole = inferred.peek(planId);
    if (whole.isPresent()) return whole.get().links(clauseId);
    return inferredClauses.get(planId + "#" + clauseId, k -> withInferred(own, clauseId)).orElse(own.links(clauseId));
  }

  /** Inferred links appended after each clause's stated links. */
  private Optional<PlanBasis> withInferred(PlanBasis own) {
    Optional<Plan> plan = plans.apply(own.planId());
    if (plan.isEmpty()) return Optional.of(own);
    // Co-citation reads what the neighbour clauses state, never what is inferred for them.
    return inference.with(inferred -> inferred.infer(plan.get(), this::statedLinks)).map(suggestions -> {
      Map<String, List<BasisLink>> clauses = new LinkedHashMap<>(own.clauses());
      suggestions.forEach((clauseId, links) -> clauses.put(clauseId, append(clauses.get(clauseId), links)));
      return new PlanBasis(own.planId(), clauses, own.paragraphs());
    });
  }

  private Optional<List<BasisLink>> withInferred(PlanBasis own, String clauseId) {
    Optional<Plan> plan = plans.apply(own.planId());
    Optional<Clause> clause = plan.flatMap(p -> p.allClauses().stream().filter(c -> c.id().equals(clauseId)).findFirst());
    if (clause.isEmpty()) return Optional.of(own.links(clauseId));
    return inference.with(inferred -> inferred.infer(plan.get(), clause.get(), this::statedLinks))
        .map(links -> links.isEmpty() ? own.links(clauseId) : append(own.links(clauseId), links));
  }

  private static List<BasisLink> append(List<BasisLink> stated, List<BasisLink> inferred) {
    List<BasisLink> all = new ArrayList<>(stated == null ? List.of() : stated);
    all.addAll(inferred);
    return List.copyOf(all);
  }

  private List<BasisLink> statedLinks(String planId, String clauseId) {
    PlanBasis own = statedBasis(planId);
    return own == null ? List.of() : own.links(clauseId);
  }

  /** Lets go of the index generation; inferences already running finish first. */
  @Override
  public void close() {
    if (inference != null) inference.close();
  }
}
