package vn.cancu.wording;

import java.util.ArrayList;
import java.util.List;
import vn.cancu.document.Plan;

/**
 * Standard wording over a corpus of plans: recurring passages and wording search. Plan lineage is
 * its own {@link Lineage}, built apart: a plan page needs lineage only and must not wait for the
 * grouping of every passage. Built once from parsed plans; immutable afterwards, so one instance
 * serves concurrent requests.
 */
public final class WordingIndex {
  private final List<PassageFamily> families;
  private final WordingSearch search;

  private WordingIndex(List<PassageFamily> families) {
    this.families = List.copyOf(families);
    this.search = new WordingSearch(families);
  }

  public static WordingIndex build(List<Plan> plans) {
    PassageExtractor extractor = new PassageExtractor();
    List<Passage> passages = new ArrayList<>();
    for (Plan p : plans) passages.addAll(extractor.extract(p));
    return new WordingIndex(new PassageFamilies().group(passages));
  }

  /** Families used by at least two plans, most plans first. */
  public List<PassageFamily> recurring() {
    return families.stream().filter(f -> f.planCount() >= 2).toList();
  }

  /** Standard phrasings for a topic or a draft sentence, most used first. */
  public List<WordingHit> search(String query, int limit) {
    return search.search(query, limit);
  }
}
