package vn.cancu.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Plan;
import vn.cancu.ingest.Skipped;

/**
 * An immutable snapshot of a corpus after the whole pipeline: what the index, the graph and the web
 * server all read.
 *
 * @param plans parsed plans by id, in id order
 * @param citations each plan's citations, by plan id (every plan has an entry, maybe empty)
 * @param catalog the directive catalogue built from all citations and directive texts
 * @param directives full texts found in the corpus's directives/ folder, in file order
 * @param skipped files that gave no plan or directive, with the reason
 */
public record Corpus(
    Map<String, Plan> plans,
    Map<String, List<Citation>> citations,
    Catalog catalog,
    List<DirectiveText> directives,
    List<Skipped> skipped) {

  public Corpus {
    plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    Map<String, List<Citation>> copy = new LinkedHashMap<>();
    for (String id : plans.keySet()) copy.put(id, List.copyOf(citations.getOrDefault(id, List.of())));
    citations = Collections.unmodifiableMap(copy);
    directives = List.copyOf(directives);
    skipped = List.copyOf(skipped);
  }

  public Optional<Plan> plan(String id) {
    return Optional.ofNullable(plans.get(id));
  }

  /** The plan's citations, empty for an unknown plan. */
  public List<Citation> citations(String planId) {
    return citations.getOrDefault(planId, List.of());
  }

  public int citationCount() {
    return citations.values().stream().mapToInt(List::size).sum();
  }
}
