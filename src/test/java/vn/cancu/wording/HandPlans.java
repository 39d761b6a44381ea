package vn.cancu.wording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cancu.document.Clause;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;
import vn.cancu.document.Span;

/** Small plans built by hand: one numbered clause per paragraph, one paragraph a line. */
final class HandPlans {
  private HandPlans() {}

  static Plan plan(String id, String province, String level, LocalDate date, String... paragraphs) {
    StringBuilder text = new StringBuilder("KẾ HOẠCH\n");
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      String label = (i + 1) + ".";
      int start = text.length();
      text.append(label).append(' ').append(paragraphs[i]);
      clauses.add(new Clause(String.valueOf(i + 1), label, "", paragraphs[i], new Span(start, text.length()), List.of(),
          List.of()));
      text.append('\n');
    }
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < offsets.length; i++) offsets[i] = i;
    Header h = new Header(null, null, null, null, date, "Kế hoạch", null, province, level);
    return new Plan(id, text.toString(), offsets, h, List.of(), clauses, List.of(), List.of(), null);
  }
}
