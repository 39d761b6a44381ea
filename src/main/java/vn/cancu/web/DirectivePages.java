package vn.cancu.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import vn.cancu.cite.DirectiveRecord;

/** {@code /directives} (the catalogue) and {@code /directives?key=33/CT-TTg} (one record). */
final class DirectivePages {

  /** One row of the catalogue list. */
  public record DirectiveRow(String key, String label, String subject, String type, String date, String issuer, int mentions, int plans) {}

  private final Services services;

  DirectivePages(Services services) {
    this.services = services;
  }

  void show(Context ctx) {
    Site site = services.site().current();
    String key = Params.text(ctx, "key");
    if (key.isEmpty()) {
      List<DirectiveRow> rows = site.catalog().records().stream().map(DirectivePages::row).toList();
      ctx.render("directives", Map.of("title", "Danh mục văn bản căn cứ", "nav", "directives", "count", rows.size(), "directives", rows));
      return;
    }
    DirectiveRecord record = site.catalog().find(key).orElseThrow(() -> unknownDirective(key));
    DirectiveView view = DirectiveView.of(record, site.catalog(), id -> site.plan(id).orElse(null));
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
