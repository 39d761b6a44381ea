package vn.cancu.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import vn.cancu.text.Html;

/**
 * Errors Jetty answers before Javalin sees the request (an ambiguous or badly encoded URI, an
 * oversized request line or header): the same shape as {@link ErrorResponder}'s, JSON under
 * {@code /api} and a Vietnamese page elsewhere, with the security headers, instead of Jetty's
 * default Latin-1 page without them.
 */
final class JettyErrors extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback)
      throws IOException {
    String path = path(request);
    boolean api = path.equals("/api") || path.startsWith("/api/");
    String detail = message == null ? "" : message;
    SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    byte[] body =
        api ? JSON.writeValueAsBytes(new ApiError(code, title(code), detail)) : page(code, detail).getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json;charset=utf-8" : "text/html;charset=utf-8");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** A request line or header Jetty could not read: the path is unknown, so the page form. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.HEADERS.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
    return ByteBuffer.wrap(page(status, reason == null ? "" : reason).getBytes(StandardCharsets.UTF_8));
  }

  /** The request's path as sent; Jetty leaves it unset when it is illegal ("%00"), so then from the whole URI. */
  private static String path(Request request) {
    HttpURI uri = request.getHttpURI();
    if (uri == null) return "";
    if (uri.getPath() != null) return uri.getPath();
    String whole = uri.asString();
    int authority = whole.indexOf("://");
    int slash = whole.indexOf('/', authority < 0 ? 0 : authority + 3);
    return slash < 0 ? "" : whole.substring(slash);
  }

  private static String title(int code) {
    return switch (code) {
      case 400 -> "Yêu cầu không hợp lệ";
      case 404 -> "Không tìm thấy trang";
      case 413 -> "Yêu cầu quá lớn";
      case 414 -> "Địa chỉ quá dài";
      case 431 -> "Phần đầu yêu cầu quá lớn";
      default -> code >= 500 ? "Lỗi máy chủ" : "Yêu cầu không được chấp nhận";
    };
  }

  private static String page(int code, String detail) {
    return "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + code + " " + title(code)
        + "</title></head><body><h1>" + title(code) + "</h1><p>" + Html.escape(detail) + "</p><p><a href=\"/\">Trang chủ</a></p></body></html>\n";
  }
}
