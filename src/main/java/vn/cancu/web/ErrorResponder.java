package vn.cancu.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationException;
import vn.cancu.search.BadQueryException;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into one answer: {@link ApiError} JSON under {@code /api}, a Vietnamese error
 * page elsewhere, with the same status code. Never shows a stack trace; unexpected errors are logged.
 */
final class ErrorResponder {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponder.class);

  private ErrorResponder() {}

  static void httpError(HttpResponseException e, Context ctx) {
    String details = String.join("; ", e.getDetails().values());
    if (ours(e.getMessage())) {
      respond(ctx, e.getStatus(), e.getMessage(), details);
    } else {
      // Javalin's own responses ("Body size greater than max size") get a Vietnamese title.
      String detail = details.isEmpty() ? e.getMessage() : e.getMessage() + "; " + details;
      respond(ctx, e.getStatus(), Labels.of("status", String.valueOf(e.getStatus())), detail);
    }
  }

  // Our messages are Vietnamese, so they carry diacritics; Javalin's are plain ASCII English.
  private static boolean ours(String message) {
    return message != null && message.chars().anyMatch(c -> c > 0x7F);
  }

  static void validation(ValidationException e, Context ctx) {
    String detail =
        e.getErrors().entrySet().stream()
            .map(en -> en.getKey() + ": " + en.getValue().stream().map(v -> String.valueOf(v.value) + " (" + v.getMessage() + ")").collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
    respond(ctx, 400, "Tham số không hợp lệ", detail);
  }

  static void badQuery(BadQueryException e, Context ctx) {
    respond(ctx, 400, "Câu truy vấn không hợp lệ", e.getMessage());
  }

  static void unexpected(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    respond(ctx, 500, "Lỗi máy chủ", "Đã ghi nhận lỗi; vui lòng thử lại sau.");
  }

  /** Paths no route matches. */
  static void noRoute(EndpointNotFound e, Context ctx) {
    respond(ctx, 404, "Không tìm thấy trang", ctx.path());
  }

  static void respond(Context ctx, int status, String error, String detail) {
    ctx.status(status);
    if (isApi(ctx)) {
      ctx.json(new ApiError(status, error, detail == null ? "" : detail));
    } else {
      ctx.render("error", Map.of("title", error, "status", status, "error", error, "detail", detail == null ? "" : detail));
    }
  }

  static boolean isApi(Context ctx) {
    return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
  }
}
