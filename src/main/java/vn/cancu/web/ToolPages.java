package vn.cancu.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The task-basis lookup page. Its results come from the graph service; until it exists the page
 * shows the form and says so plainly. (Standard wording and draft checking: {@link WordingPages}.)
 */
final class ToolPages {

  private ToolPages() {}

  static void basis(Context ctx) {
    String task = Params.text(ctx, "task");
    ctx.render("basis", Map.of("title", "Căn cứ cho nhiệm vụ", "nav", "basis", "task", task,
        "maxQueryLength", WebSettings.MAX_QUERY_CHARS));
  }
}
