package vn.cancu.wording;

import java.util.ArrayList;
import java.util.List;
import vn.cancu.document.Plan;

/**
 * Standard wording over a corpus of plans: recurring passages, plan lineage and wording search.
 * Built once from parsed plans; immutable afterwards, so one instance serves concurrent requests.
 */
public final class WordingIndex {
  private final List<PassageFamily> families;
  private final WordingSearch search;
  private final Lineage lineage;

  private WordingIndex(List<PassageFamily> families, Lineage lineage) {
    this.families = List.copyOf(families);
    this.search = new WordingSearch(families);
    this.lineage = lineage;
  }

  public static WordingIndex build(List<Plan> plans) {
    PassageExtractor extractor = new PassageExtractor();
    List<Passage> passages = new ArrayList<>();
    for (Plan p : plans) passages.addAll(extractor.extract(p));
    return new WordingIndex(new PassageFamilies().group(passages), new Lineage(plans));
  }

  /** Families used by at least two plans, most plans first. */
  public List<PassageFamily> recurring() {
    return families.stream().filter(f -> f.planCount() >= 2).toList();
  }

  /** Standard phrasings for a topic or a draft sentence, most used first. */
  public List<WordingHit> search(String query, int limit) {
    return search.search(query, limit);
  }

  /** Plans sharing text with the plan; empty for an unknown plan. */
  public List<SimilarPlan> similar(String planId, int limit) {
    return lineage.contains(planId) ? lineage.similar(planId, limit) : List.of();
  }

  /** Side-by-side clauses of two plans; throws IllegalArgumentException for an unknown plan. */
  public List<AlignedClause> compare(String planId, String otherId) {
    return lineage.compare(planId, otherId);
  }
}
