package vn.cancu.web;

import io.javalin.http.Context;
import java.util.Map;

/** Headers set on every response, pages, API and static files alike. */
final class SecurityHeaders {

  // Everything is served from this origin: no CDN, no inline script or style (templates use classes only).
  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
              + "frame-ancestors 'none'",
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "same-origin",
          "Cross-Origin-Opener-Policy", "same-origin");

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
  }
}
