package vn.cancu.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cancu.index.Schema;

/** Facet filters from a request: every facet dimension named as a (repeatable) query parameter. */
final class Facets {

  private Facets() {}

  static Map<String, List<String>> filters(Context ctx) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : Schema.FACETS) {
      List<String> values =
          ctx.queryParams(dim).stream().map(v -> Params.bounded(dim, v, WebSettings.MAX_QUERY_CHARS)).filter(v -> !v.isEmpty()).distinct().toList();
      if (!values.isEmpty()) filters.put(dim, values);
    }
    return filters;
  }
}
