package vn.cancu.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, so requests go out byte for byte as written: java.net.URI refuses
 * "%ZZ" and normalises "..", which are exactly what these tests send.
 */
final class RawHttp {
  private RawHttp() {}

  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  static Response get(int port, String target) throws IOException {
    return send(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  static Response send(int port, String request) throws IOException {
    return send(port, request.getBytes(StandardCharsets.UTF_8));
  }

  static Response send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  /** Reads one response to the end of the connection (requests say Connection: close). */
  static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (java.net.SocketException e) {
      // a reset after a complete answer (the server closing a request it refused) still leaves the answer
    }
    String raw = all.toString(StandardCharsets.UTF_8);
    int split = raw.indexOf("\r\n\r\n");
    if (split < 0) throw new IOException("no complete response head: " + raw);
    String[] lines = raw.substring(0, split).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
    }
    String body = raw.substring(split + 4);
    if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) body = unchunk(body);
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
    int i = 0;
    while (i < bytes.length) {
      int eol = indexOf(bytes, i);
      if (eol < 0) break;
      int size = Integer.parseInt(new String(bytes, i, eol - i, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
      if (size == 0) break;
      out.append(new String(bytes, eol + 2, Math.min(size, bytes.length - eol - 2), StandardCharsets.UTF_8));
      i = eol + 2 + size + 2;
    }
    return out.toString();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) if (bytes[i] == '\r' && bytes[i + 1] == '\n') return i;
    return -1;
  }
}
