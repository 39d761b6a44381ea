package vn.cancu.wording;

import java.util.Objects;

/** Where a passage sits: plan, clause (null in the preamble) and offsets in the plan text. */
public record Source(String planId, String clauseId, int start, int end) {
  public Source {
    Objects.requireNonNull(planId, "planId");
  }

  static Source of(Passage p) {
    return new Source(p.planId(), p.clauseId(), p.start(), p.end());
  }
}
