package vn.cancu.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationException;
import java.lang.management.ManagementFactory;
import vn.cancu.search.BadQueryException;

/** Builds the web app: pages, JSON API and static files, unstarted (the caller starts and stops it). */
public final class WebApp {
  /** Jetty's padding hint; unset, Jetty reads UseCompressedOops through the platform MBean server. */
  static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
  private static final int CACHE_LINE_BYTES = 64;

  private WebApp() {}

  public static Javalin create(Services services) {
    tellJettyTheReferenceSize();
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
          config.routes.before(QueryStrings::requireWellFormed);
          config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));

          SearchPages search = new SearchPages(services);
          PlanPages plans = new PlanPages(services);
          DirectivePages directives = new DirectivePages(services);
          GraphPages graph = new GraphPages(services);
          BasisPages basis = new BasisPages(services);
          Api api = new Api(services);

          config.routes.get("/", search::search);
          config.routes.get("/search", search::search);
          config.routes.get("/plans", plans::list);
          config.routes.get("/plans/{id}", plans::show);
          config.routes.get("/directives", directives::show);
          config.routes.get("/graph", graph::page);
          config.routes.get("/basis", basis::page);
          WordingPages wording = new WordingPages(services);
          config.routes.get("/wording", wording::page);
          config.routes.get("/plans/{id}/compare/{other}", wording::comparePage);
          config.routes.get("/lint", wording::lintForm);
          config.routes.post("/lint", wording::lintSubmit);
          config.routes.get("/api/wording/recurring", wording::recurring);
          config.routes.get("/api/wording", wording::search);
          config.routes.get("/api/documents/{id}/similar", wording::similar);
          config.routes.get("/api/documents/{id}/compare/{other}", wording::compare);
          config.routes.post("/api/lint", wording::lintJson);

          config.routes.get("/api/search", api::search);
          config.routes.get("/api/documents", api::documents);
          config.routes.get("/api/documents/{id}", api::document);
          config.routes.get("/api/directives", api::directives);
          config.routes.get("/api/graph", graph::json);
          config.routes.get("/api/basis", basis::json);
          config.routes.get("/api/health", api::health);
          config.routes.get("/api/openapi.json", api::openApi);
          config.routes.post("/api/admin/reindex", api::reindex);

          config.routes.exception(EndpointNotFound.class, ErrorResponder::noRoute);
          config.routes.exception(HttpResponseException.class, ErrorResponder::httpError);
          config.routes.exception(ValidationException.class, ErrorResponder::validation);
          config.routes.exception(BadQueryException.class, ErrorResponder::badQuery);
          config.routes.exception(Exception.class, ErrorResponder::unexpected);
        });
  }

  /**
   * Gives Jetty the value it would compute, from the same VM option read directly: starting the
   * platform MBean server registers every platform MXBean, a quarter of the web app's start-up.
   */
  private static void tellJettyTheReferenceSize() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) != null) return;
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    boolean compressed = vm != null && Boolean.parseBoolean(vm.getVMOption("UseCompressedOops").getValue());
    System.setProperty(REFERENCES_PER_CACHE_LINE, String.valueOf(CACHE_LINE_BYTES / (compressed ? Integer.BYTES : Long.BYTES)));
  }
}
