package vn.cancu.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cancu.cite.DirectiveRecord;

/** {@code /directives} (the catalogue) and {@code /directives?key=33/CT-TTg} (one record). */
final class DirectivePages {

  /** One row of the catalogue list. */
  public record DirectiveRow(String key, String label, String subject, String type, String date, String issuer, int mentions, int plans) {}

  /** A link filtering the catalogue by document type. */
  public record TypeLink(String type, long count, boolean active) {}

  private final Services services;

  DirectivePages(Services services) {
    this.services = services;
  }

  void show(Context ctx) {
    Site site = services.site().current();
    String key = Params.text(ctx, "key");
    if (key.isEmpty()) {
      String type = Params.text(ctx, "type");
      List<DirectiveRow> all = site.catalog().records().stream().map(DirectivePages::row).toList();
      List<DirectiveRow> rows = type.isEmpty() ? all : all.stream().filter(r -> r.type().equals(type)).toList();
      Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(DirectiveRow::type, TreeMap::new, Collectors.counting()));
      List<TypeLink> types = counts.entrySet().stream().map(e -> new TypeLink(e.getKey(), e.getValue(), e.getKey().equals(type))).toList();
      ctx.render("directives", Map.of("title", "Danh mục văn bản căn cứ", "nav", "directives", "count", rows.size(),
          "directives", rows, "types", types, "filtered", !type.isEmpty()));
      return;
    }
    DirectiveRecord record = site.catalog().find(key).orElseThrow(() -> unknownDirective(key));
    DirectiveView view =
        DirectiveView.of(record, site.catalog(), id -> site.plan(id).orElse(null), site.directiveText(record).orElse(null));
    ctx.render("directive", Map.of("title", view.label(), "nav", "directives", "d", view));
  }

  static DirectiveRow row(DirectiveRecord r) {
    int plans = (int) r.citedBy().stream().map(c -> c.planId()).distinct().count();
    return new DirectiveRow(r.scopedKey(), r.shortCitation(), r.subject(), r.type().vietnamese(), Dates.display(r.date()),
        r.issuer(), r.mentionCount(), plans);
  }

  static NotFoundResponse unknownDirective(String key) {
    return new NotFoundResponse("Không có văn bản này trong danh mục", Map.of("key", key));
  }
}
