package vn.cancu.index;

import java.util.List;

/** Everything one index generation holds. */
public record IndexContent(List<IndexablePlan> plans, List<IndexableDirective> directives) {
  public IndexContent {
    plans = List.copyOf(plans);
    directives = List.copyOf(directives);
  }

  public int clauseCount() {
    return plans.stream().mapToInt(p -> p.clauses().size()).sum();
  }

  public int articleCount() {
    return directives.stream().mapToInt(d -> d.articles().size()).sum();
  }
}
