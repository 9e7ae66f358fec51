package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.model.Analysis;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.output.Json;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Exporter;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;

/**
 * The sitrep server: REST API, exports and the web app, over one store. Writes ({@code POST
 * /api/articles}) need the token given at start (from {@code SITREP_TOKEN}); without one, writes
 * are refused. The ingester (and so CoreNLP) is built on the first write, not at start.
 */
public final class SitrepServer implements AutoCloseable {
  /** Largest request body accepted, in bytes. */
  public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; form-action 'self'";

  private final Store store;
  private final StoreReader reader;
  private final org.sitrep.incident.IncidentReader incidents;
  private final Exporter exporter;
  private final Supplier<Ingester> ingester;
  private final byte[] token;
  private final Javalin app;

  /**
   * @param ingester built on first use (it may load CoreNLP); called at most once
   * @param token the write token, or null to refuse every write
   */
  public SitrepServer(Store store, Supplier<Ingester> ingester, String token) {
    this.store = Objects.requireNonNull(store);
    this.reader = new StoreReader(store);
    this.incidents = new org.sitrep.incident.IncidentReader(store);
    this.exporter = new Exporter(store);
    this.ingester = memoize(ingester);
    this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.jsonMapper(new JavalinJackson(Json.mapper(), false));
              config.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                  });
            });
    routes();
  }

  /** Starts listening; port 0 picks a free one. */
  public SitrepServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  private void routes() {
    app.before(
        ctx -> {
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("X-Frame-Options", "DENY");
        });
    app.exception(Exception.class, ApiErrors::handle);
    app.error(
        404,
        ctx -> {
          if (ctx.path().startsWith("/api/") && ctx.result() == null) {
            ctx.json(Map.of("error", "no such resource: " + ctx.path(), "status", 404));
          }
        });

    app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
    app.get("/api/openapi.json", this::openapi);
    app.get("/api/stats", this::stats);
    app.get("/api/events", ctx -> ctx.json(reader.events(Params.eventQuery(ctx, 50))));
    app.get("/api/events/histogram", ctx -> ctx.json(reader.histogram(Params.eventQuery(ctx, 50))));
    app.get("/api/events/facets", ctx -> ctx.json(reader.facets(Params.eventQuery(ctx, 50))));
    app.get(
        "/api/events/{id}",
        ctx ->
            ctx.json(
                reader
                    .event(ctx.pathParam("id"))
                    .orElseThrow(() -> ApiException.notFound("no event " + ctx.pathParam("id")))));
    app.get("/api/incidents", ctx -> ctx.json(incidents.incidents(Params.eventQuery(ctx, 50))));
    app.get(
        "/api/incidents/{id}",
        ctx ->
            ctx.json(
                incidents
                    .incident(ctx.pathParam("id"))
                    .orElseThrow(
                        () -> ApiException.notFound("no incident " + ctx.pathParam("id")))));
    app.get(
        "/api/places", ctx -> ctx.json(reader.places(ctx.queryParam("q"), limit(ctx, 200, 2000))));
    app.get("/api/speakers", ctx -> ctx.json(reader.speakers(limit(ctx, 100, 1000))));
    app.get(
        "/api/quotes",
        ctx ->
            ctx.json(
                reader.quotes(
                    ctx.queryParam("speaker"),
                    ctx.queryParam("q"),
                    limit(ctx, 50, EventQuery.MAX_LIMIT),
                    Math.max(0, Params.integer(ctx, "offset", 0)))));
    app.get(
        "/api/articles",
        ctx ->
            ctx.json(
                reader.articles(
                    limit(ctx, 50, EventQuery.MAX_LIMIT),
                    Math.max(0, Params.integer(ctx, "offset", 0)))));
    app.get(
        "/api/articles/{sha256}",
        ctx ->
            ctx.json(
                reader
                    .analysis(ctx.pathParam("sha256"))
                    .orElseThrow(
                        () -> ApiException.notFound("no article " + ctx.pathParam("sha256")))));
    app.post("/api/articles", this::postArticle);
    app.get("/api/failures", ctx -> ctx.json(reader.failures()));
    app.get("/api/export", this::export);
  }

  private static int limit(Context ctx, int fallback, int max) {
    int n = Params.integer(ctx, "limit", fallback);
    if (n < 0 || n > max) {
      throw ApiException.badRequest("limit must be between 0 and " + max);
    }
    return n;
  }

  private void openapi(Context ctx) {
    try (InputStream in = SitrepServer.class.getResourceAsStream("/openapi.json")) {
      ctx.contentType("application/json")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stats(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schema_version", store.schemaVersion());
    out.put("rows", store.rowCounts());
    out.put("writes_enabled", token != null);
    ctx.json(out);
  }

  private void export(Context ctx) {
    Exporter.Format format =
        Exporter.Format.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("csv"));
    EventQuery q = Params.eventQuery(ctx, 0);
    ctx.contentType(format.mediaType);
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + (format.extension.startsWith("incidents") ? "sitrep-" : "sitrep-events.")
            + format.extension
            + "\"");
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    exporter.export(format, q, buf);
    ctx.result(buf.toByteArray());
  }

  private void postArticle(Context ctx) {
    authorize(ctx);
    RawArticle raw = rawArticle(ctx);
    Ingester.Result r = ingester.get().ingestOne(raw);
    Map<String, Object> out = new LinkedHashMap<>();
    if (r instanceof Ingester.Result.Failed f) {
      throw new ApiException(422, f.reason());
    } else if (r instanceof Ingester.Result.AlreadyStored s) {
      out.put("sha256", s.sha256());
      out.put("stored", false);
      out.put("note", "an article with the same text is already stored");
      ctx.status(200);
    } else {
      Analysis a = ((Ingester.Result.Analysed) r).analysis();
      String sha = a.document().sha256();
      out.put("sha256", sha);
      out.put("stored", true);
      out.put(
          "events",
          a.events().stream()
              .map(e -> org.sitrep.store.ArticleWriter.eventUid(sha, e.id()))
              .toList());
      out.put("quotes", a.quotes().size());
      out.put("places", a.places().size());
      out.put("entities", a.entities().size());
      ctx.status(201);
    }
    ctx.json(out);
  }

  private void authorize(Context ctx) {
    if (token == null) {
      throw new ApiException(403, "writes are disabled: start the server with SITREP_TOKEN set");
    }
    String h = ctx.header("Authorization");
    String given =
        h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)
            ? h.substring(7).strip()
            : ctx.header("X-Sitrep-Token");
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "a valid token is required (Authorization: Bearer …)");
    }
  }

  private static RawArticle rawArticle(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiException.badRequest("the body is empty");
    }
    if (type.startsWith("application/json")) {
      JsonNode n;
      try {
        n = Json.mapper().readTree(body);
      } catch (IOException e) {
        throw ApiException.badRequest("malformed JSON");
      }
      if (!n.isObject()) {
        throw ApiException.badRequest("the body must be a JSON object");
      }
      String text = str(n, "text");
      String html = str(n, "html");
      if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
        throw ApiException.badRequest("give \"text\" or \"html\"");
      }
      boolean isHtml = text == null || text.isBlank();
      String published = str(n, "published");
      return new RawArticle(
          "api",
          str(n, "id"),
          isHtml ? SourceFormat.HTML : SourceFormat.TEXT,
          isHtml ? html : text,
          published == null || published.isBlank() ? null : LocalDate.parse(published.strip()),
          str(n, "title"),
          str(n, "source"));
    }
    SourceFormat f = type.startsWith("text/html") ? SourceFormat.HTML : SourceFormat.TEXT;
    if (!type.startsWith("text/")) {
      throw new ApiException(415, "send application/json, text/plain or text/html");
    }
    String published = ctx.queryParam("published");
    return new RawArticle(
        "api",
        ctx.queryParam("id"),
        f,
        body,
        published == null || published.isBlank() ? null : LocalDate.parse(published),
        ctx.queryParam("title"),
        ctx.queryParam("source"));
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static <T> Supplier<T> memoize(Supplier<T> s) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = s.get();
        }
        return value;
      }
    };
  }

  /** All routes, for the OpenAPI test. */
  public static List<String> apiPaths() {
    return List.of(
        "/api/health",
        "/api/openapi.json",
        "/api/stats",
        "/api/events",
        "/api/events/histogram",
        "/api/events/facets",
        "/api/events/{id}",
        "/api/incidents",
        "/api/incidents/{id}",
        "/api/places",
        "/api/speakers",
        "/api/quotes",
        "/api/articles",
        "/api/articles/{sha256}",
        "/api/failures",
        "/api/export");
  }

  @Override
  public void close() {
    app.stop();
  }
}
