package vn.cancu.text.analysis.eval;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import vn.cancu.text.analysis.BagOfTermsQuery;

/** A named way to index and query: the article text copied into each field, queried on all of them. */
public record RetrievalSystem(String name, List<FieldSpec> fields) implements AutoCloseable {

  public RetrievalSystem {
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("system " + name + " has no fields");
    }
  }

  /** The query: per field a bag of analyzed terms, fields combined as SHOULD with their boosts. */
  public Query query(String text) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (FieldSpec field : fields) {
      Query q = BagOfTermsQuery.build(field.query(), field.name(), text);
      builder.add(field.boost() == 1f ? q : new BoostQuery(q, field.boost()), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  @Override
  public void close() {
    for (FieldSpec field : fields) {
      field.index().close();
      field.query().close();
    }
  }
}
