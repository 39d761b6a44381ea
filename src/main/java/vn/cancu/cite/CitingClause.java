package vn.cancu.cite;

import java.util.Objects;

/** Where a plan cites a document: plan id, clause id, footnote marker and the mention's span. */
public record CitingClause(String planId, String clauseId, Integer footnote, int start, int end, String written) {
  public CitingClause {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(written, "written");
  }
}
