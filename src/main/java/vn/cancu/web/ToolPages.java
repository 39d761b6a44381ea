package vn.cancu.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Pages for the task-basis lookup, standard wording and draft checking. Their results come from
 * the graph and wording services; until those exist the pages show the forms and say so plainly.
 */
final class ToolPages {

  private ToolPages() {}

  static void basis(Context ctx) {
    String task = Params.text(ctx, "task");
    ctx.render("basis", Map.of("title", "Căn cứ cho nhiệm vụ", "nav", "basis", "task", task,
        "maxQueryLength", WebSettings.MAX_QUERY_CHARS));
  }

  static void wording(Context ctx) {
    ctx.render("wording", Map.of("title", "Văn phong chuẩn", "nav", "wording"));
  }

  static void lintForm(Context ctx) {
    ctx.render("lint", lintModel("", false));
  }

  static void lintSubmit(Context ctx) {
    String text = Params.bounded("text", ctx.formParam("text"), WebSettings.MAX_DRAFT_CHARS);
    ctx.render("lint", lintModel(text, true));
  }

  private static Map<String, Object> lintModel(String text, boolean submitted) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Kiểm tra dự thảo");
    model.put("nav", "lint");
    model.put("text", text);
    model.put("submitted", submitted);
    model.put("submittedChars", text.length());
    model.put("maxDraftChars", WebSettings.MAX_DRAFT_CHARS);
    return model;
  }
}
