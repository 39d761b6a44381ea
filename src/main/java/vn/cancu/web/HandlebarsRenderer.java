package vn.cancu.web;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.FileTemplateLoader;
import io.javalin.rendering.FileRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Renders {@code .hbs} templates from a directory on disk. Models are maps and records: records are
 * read through their accessor methods ({@link MethodValueResolver}), so view records need no getters.
 * Compiled templates are cached; {@code {{ }}} escapes HTML, only {@code {{{ }}}} does not.
 */
public final class HandlebarsRenderer implements FileRenderer {

  private final Handlebars handlebars;

  public HandlebarsRenderer(Path templateDir) {
    Objects.requireNonNull(templateDir, "templateDir");
    if (!Files.isDirectory(templateDir)) {
      throw new IllegalArgumentException("template directory not found: " + templateDir.toAbsolutePath());
    }
    FileTemplateLoader loader = new FileTemplateLoader(templateDir.toFile(), ".hbs");
    loader.setCharset(StandardCharsets.UTF_8);
    this.handlebars =
        new Handlebars(loader)
            .with(new ConcurrentMapTemplateCache())
            .infiniteLoops(true) // the clause partial renders its children: trees, never cycles
            .parentScopeResolution(false) // a null field must render empty, not a parent's field of that name
            .registerHelper("eq", (Helper<Object>) HandlebarsRenderer::eq)
            .registerHelper("enc", (Helper<Object>) (v, o) -> URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8).replace("+", "%20"));
  }

  // {{#if (eq nav "search")}}: compares as strings, so numbers and enums match their text.
  private static boolean eq(Object value, com.github.jknack.handlebars.Options options) {
    Object other = options.param(0, null);
    return String.valueOf(value).equals(String.valueOf(other));
  }

  @Override
  public String render(String filePath, Map<String, ?> model, io.javalin.http.Context ctx) {
    return render(filePath, model);
  }

  /** Renders a template by its name without extension ("search", "partials/chip"). */
  public String render(String name, Map<String, ?> model) {
    try {
      Template template = handlebars.compile(name);
      Context context =
          Context.newBuilder(model).resolver(MapValueResolver.INSTANCE, MethodValueResolver.INSTANCE).build();
      try {
        return template.apply(context);
      } finally {
        context.destroy();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render template " + name, e);
    }
  }
}
