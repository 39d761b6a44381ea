package vn.cancu.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationException;

/** Builds the web app: pages, JSON API and static files, unstarted (the caller starts and stops it). */
public final class WebApp {

  private WebApp() {}

  public static Javalin create(Services services) {
    WebSettings settings = services.settings();
    HandlebarsRenderer renderer = new HandlebarsRenderer(settings.templates());
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.http.maxRequestSize = WebSettings.MAX_REQUEST_BYTES;
          config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
          config.fileRenderer(renderer);
          config.staticFiles.add(
              staticFiles -> {
                staticFiles.hostedPath = "/static";
                staticFiles.directory = settings.staticFiles().toString();
                staticFiles.location = Location.EXTERNAL;
                staticFiles.headers = SecurityHeaders.HEADERS;
              });

          config.routes.before(SecurityHeaders::apply);

          config.routes.get("/basis", ToolPages::basis);
          config.routes.get("/wording", ToolPages::wording);
          config.routes.get("/lint", ToolPages::lintForm);
          config.routes.post("/lint", ToolPages::lintSubmit);

          config.routes.exception(EndpointNotFound.class, ErrorResponder::noRoute);
          config.routes.exception(HttpResponseException.class, ErrorResponder::httpError);
          config.routes.exception(ValidationException.class, ErrorResponder::validation);
          config.routes.exception(Exception.class, ErrorResponder::unexpected);
        });
  }
}
