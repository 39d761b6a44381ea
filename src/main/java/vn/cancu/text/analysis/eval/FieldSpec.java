package vn.cancu.text.analysis.eval;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/** One indexed copy of the article text: its field name, index/query analyzers and query boost. */
public record FieldSpec(String name, Analyzer index, Analyzer query, float boost) {
  public FieldSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(query, "query");
  }
}
