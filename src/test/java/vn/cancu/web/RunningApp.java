package vn.cancu.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The real app on a free port, with a plain HTTP client. */
final class RunningApp implements AutoCloseable {

  final Javalin app;
  final HttpClient client = HttpClient.newHttpClient();

  RunningApp(Services services) {
    this.app = WebApp.create(services).start("127.0.0.1", 0);
  }

  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    app.stop();
  }
}
