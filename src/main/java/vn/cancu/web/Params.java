package vn.cancu.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Reads and bounds request parameters; anything out of bounds is a 400 with the reason. */
final class Params {

  private Params() {}

  /** A free-text parameter, trimmed, "" when absent; longer than the limit is a 400. */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return bounded(name, value, WebSettings.MAX_QUERY_CHARS);
  }

  static String bounded(String name, String value, int maxChars) {
    if (value == null) return "";
    if (value.length() > maxChars) {
      throw new BadRequestResponse(
          "Tham số quá dài",
          java.util.Map.of("detail", name + ": " + value.length() + " ký tự, tối đa " + maxChars));
    }
    return value.strip();
  }

  /** An integer parameter within [min, max], or the default when absent. */
  static int integer(Context ctx, String name, int defaultValue, int min, int max) {
    return ctx.queryParamAsClass(name, Integer.class)
        .check(v -> v == null || (v >= min && v <= max), "phải từ " + min + " đến " + max)
        .getOrDefault(defaultValue);
  }
}
