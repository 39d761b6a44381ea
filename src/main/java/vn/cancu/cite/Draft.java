package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;

/** A mention being assembled by {@link CitationFinder}; not part of the model. */
final class Draft {
  String key;
  DocType type;
  String number;
  Integer year;
  String name;
  /** Whether the key is a normative symbol N/YEAR/...: its year must agree with the date. */
  boolean normative;
  int start;
  /** End of the type word + symbol or name, before date, issuer and subject. */
  int coreEnd;
  /** Drafts of one list ("số 11, 26-CT/TU") share one tail; the last member owns it. */
  Draft listHead;
  Tail tail;
  String relation;
  final List<Flag> flags = new ArrayList<>();

  Draft(String key, DocType type, int start, int coreEnd) {
    this.key = key;
    this.type = type;
    this.start = start;
    this.coreEnd = coreEnd;
  }

  int end() {
    return tail == null ? coreEnd : Math.max(coreEnd, tail.end());
  }
}
