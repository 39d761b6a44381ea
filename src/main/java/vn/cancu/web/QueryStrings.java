package vn.cancu.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refuses a query string with a malformed percent escape ({@code %ZZ}, a lone {@code %}) or bytes
 * that are not UTF-8 ({@code %C3%28}): the servlet decoder would pass them on as literal text or
 * U+FFFD, and a search for garbage would answer 200.
 */
final class QueryStrings {
  private QueryStrings() {}

  static void requireWellFormed(Context ctx) {
    String raw = ctx.queryString();
    if (raw == null || raw.indexOf('%') < 0) return;
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (lo < 0) throw refused("malformed percent escape at position " + i);
        bytes.put((byte) (hi * 16 + lo));
        i += 2;
      } else {
        bytes.put((byte) (c < 0x80 ? c : '?'));
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes.flip());
    } catch (CharacterCodingException e) {
      throw refused("percent-encoded bytes are not UTF-8");
    }
  }

  private static BadRequestResponse refused(String detail) {
    return new BadRequestResponse("Địa chỉ không hợp lệ", Map.of("detail", detail));
  }
}
