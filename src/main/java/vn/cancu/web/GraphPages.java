package vn.cancu.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/** {@code /graph} (the explorer page) and {@code /api/graph} (its data). */
final class GraphPages {

  /** An option of a filter select. */
  public record Option(String value, String label, boolean selected) {}

  private final Services services;

  GraphPages(Services services) {
    this.services = services;
  }

  void page(Context ctx) {
    GraphView.Filter f = filter(ctx);
    GraphView graph = GraphView.of(services.site().current().graph());
    TreeSet<String> types = new TreeSet<>();
    TreeSet<String> provinces = new TreeSet<>();
    for (GraphView.Node n : graph.nodes()) {
      if (n.kind().equals("directive") && n.type() != null) types.add(n.type());
      if (n.kind().equals("plan") && n.province() != null) provinces.add(n.province());
    }
    ctx.render("graph", Map.of(
        "title", "Đồ thị trích dẫn", "nav", "graph", "wide", true,
        "focus", f.focus() == null ? "" : f.focus(),
        "maxQueryLength", WebSettings.MAX_QUERY_CHARS,
        "directives", services.site().current().catalog().records().stream().limit(200).map(r -> Map.of("key", r.scopedKey())).toList(),
        "types", types.stream().map(t -> new Option(t, t, t.equals(f.type()))).toList(),
        "provinces", provinces.stream().map(p -> new Option(p, Places.province(p), p.equals(f.province()))).toList(),
        "depths", IntStream.rangeClosed(1, GraphView.MAX_DEPTH).mapToObj(d -> new Option(String.valueOf(d), String.valueOf(d), d == f.depth())).toList()));
  }

  void json(Context ctx) {
    Site site = services.site().current();
    GraphView.Filter asked = filter(ctx);
    GraphView graph = GraphView.of(site.graph());
    GraphView.Filter f = asked;
    if (asked.focus() != null && !graph.has(asked.focus())) {
      // A key as written ("5-CT/TU", "Chỉ thị 33/CT-TTg") names the catalogue's node.
      // A key that resolved to a corpus plan ("61/KH-UBND@lang-son") names the plan's node.
      String id = site.graph().find(asked.focus()).map(n -> n.id())
          .or(() -> site.catalog().find(asked.focus()).map(r -> r.scopedKey())).filter(graph::has)
          .orElseThrow(() -> new NotFoundResponse("Không có nút này trong đồ thị", Map.of("focus", asked.focus())));
      f = new GraphView.Filter(asked.type(), asked.province(), id, asked.depth());
    }
    ctx.json(graph.filter(f));
  }

  private static GraphView.Filter filter(Context ctx) {
    String focus = Params.text(ctx, "focus");
    String type = Params.text(ctx, "type");
    String province = Params.text(ctx, "province");
    int depth = Params.integer(ctx, "depth", 2, 1, GraphView.MAX_DEPTH);
    return new GraphView.Filter(blankToNull(type), blankToNull(province), blankToNull(focus), depth);
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
