package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
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
  private final Supplier<org.sitrep.geo.MapLabels> labels;
  private final Javalin app;
  private final int exportCap;

  /**
   * @param ingester built on first use (it may load CoreNLP); called at most once
   * @param token the write token, or null to refuse every write
   */
  public SitrepServer(Store store, Supplier<Ingester> ingester, String token) {
    this(store, ingester, token, () -> null, EXPORT_CAP);
  }

  /**
   * @param labels the basemap's place labels, built on first use (from the gazetteer); null from
   *     the supplier means none
   */
  public SitrepServer(
      Store store,
      Supplier<Ingester> ingester,
      String token,
      Supplier<org.sitrep.geo.MapLabels> labels) {
    this(store, ingester, token, labels, EXPORT_CAP);
  }

  /**
   * @param exportCap the most events one export may hold without the token
   */
  public SitrepServer(Store store, Supplier<Ingester> ingester, String token, int exportCap) {
    this(store, ingester, token, () -> null, exportCap);
  }

  /**
   * @param labels the basemap's place labels, built on first use; null from the supplier: none
   * @param exportCap the most events one export may hold without the token
   */
  public SitrepServer(
      Store store,
      Supplier<Ingester> ingester,
      String token,
      Supplier<org.sitrep.geo.MapLabels> labels,
      int exportCap) {
    this.labels = memoize(labels);
    this.exportCap = exportCap;
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
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
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
    app.before(ctx -> SecurityHeaders.all().forEach(ctx::header));
    app.before(
        "/api/*",
        ctx -> {
          // reads are open to notebooks and pages of any origin; writes stay same-origin
          if (ctx.method() == io.javalin.http.HandlerType.GET
              || ctx.method() == io.javalin.http.HandlerType.HEAD) {
            ctx.header("Access-Control-Allow-Origin", "*");
          }
        });
    app.exception(Exception.class, ApiErrors::handle);
    app.error(
        404,
        ctx -> {
          boolean mapped =
              ctx.res().getContentType() != null
                  && ctx.res().getContentType().startsWith("application/json");
          if (ctx.path().startsWith("/api/") && !mapped) {
            ApiErrors.handle(ApiException.notFound("no such resource: " + ctx.path()), ctx);
          }
        });

    get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
    get("/api/openapi.json", this::openapi);
    get("/api/stats", this::stats);
    get("/api/events", ctx -> ctx.json(withNext(ctx, reader.events(Params.eventQuery(ctx, 50)))));
    get("/api/events/histogram", ctx -> ctx.json(reader.histogram(Params.eventQuery(ctx, 50))));
    get("/api/events/facets", ctx -> ctx.json(reader.facets(Params.eventQuery(ctx, 50))));
    get(
        "/api/events/{id}",
        ctx ->
            ctx.json(
                reader
                    .event(ctx.pathParam("id"))
                    .orElseThrow(() -> ApiException.notFound("no event " + ctx.pathParam("id")))));
    get("/api/incidents", ctx -> ctx.json(incidents.incidents(Params.eventQuery(ctx, 50))));
    get(
        "/api/incidents/{id}",
        ctx ->
            ctx.json(
                incidents
                    .incident(ctx.pathParam("id"))
                    .orElseThrow(
                        () -> ApiException.notFound("no incident " + ctx.pathParam("id")))));
    get("/api/places", ctx -> ctx.json(reader.places(ctx.queryParam("q"), limit(ctx, 200, 2000))));
    get("/api/labels", this::labels);
    get("/api/speakers", ctx -> ctx.json(reader.speakers(limit(ctx, 100, 1000))));
    get(
        "/api/quotes",
        ctx ->
            ctx.json(
                paged(
                    ctx,
                    reader.quotes(
                        ctx.queryParam("speaker"),
                        ctx.queryParam("q"),
                        limit(ctx, 50, EventQuery.MAX_LIMIT),
                        Math.max(0, Params.integer(ctx, "offset", 0))),
                    50)));
    get(
        "/api/articles",
        ctx ->
            ctx.json(
                paged(
                    ctx,
                    reader.articles(
                        limit(ctx, 50, EventQuery.MAX_LIMIT),
                        Math.max(0, Params.integer(ctx, "offset", 0))),
                    50)));
    get(
        "/api/articles/{sha256}",
        ctx ->
            ctx.json(
                reader
                    .analysis(ctx.pathParam("sha256"))
                    .orElseThrow(
                        () -> ApiException.notFound("no article " + ctx.pathParam("sha256")))));
    app.post("/api/articles", this::postArticle);
    get("/api/failures", ctx -> ctx.json(reader.failures(hasToken(ctx))));
    get("/api/export", this::export);
  }

  /** A GET route that refuses query parameters its OpenAPI description does not list. */
  private void get(String path, io.javalin.http.Handler handler) {
    java.util.Set<String> names = OpenApi.queryParameters(path);
    app.get(
        path,
        ctx -> {
          Params.known(ctx, names);
          handler.handle(ctx);
        });
  }

  /** Place labels for the basemap in the view ({@code bbox}) at a zoom level ({@code zoom}). */
  private void labels(Context ctx) {
    double[] b = Params.bbox(ctx.queryParam("bbox"));
    int zoom = Params.integer(ctx, "zoom", 4);
    org.sitrep.geo.MapLabels l = labels.get();
    if (b == null || l == null) {
      ctx.json(List.of());
      return;
    }
    ctx.json(l.in(b[0], b[1], b[2], b[3], zoom, limit(ctx, 150, 500)));
  }

  private static int limit(Context ctx, int fallback, int max) {
    int n = Params.integer(ctx, "limit", fallback);
    if (n < 0 || n > max) {
      throw ApiException.badRequest("limit must be between 0 and " + max);
    }
    return n;
  }

  /**
   * Adds {@code next}: the same request for the following page, or null on the last page (for
   * notebooks paging through a result).
   */
  static com.fasterxml.jackson.databind.node.ObjectNode withNext(
      Context ctx, com.fasterxml.jackson.databind.node.ObjectNode page) {
    long total = page.path("total").asLong();
    int limit = page.path("limit").asInt();
    int offset = page.path("offset").asInt();
    if (limit == 0 || offset + limit >= total) {
      page.putNull("next");
      return page;
    }
    StringBuilder q = new StringBuilder();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals("offset")) {
        continue;
      }
      for (String v : e.getValue()) {
        q.append(q.length() == 0 ? "" : "&")
            .append(java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    }
    q.append(q.length() == 0 ? "" : "&").append("offset=").append(offset + limit);
    page.put("next", ctx.path() + "?" + q);
    return page;
  }

  /** A page of quotes or articles with its limit, offset and {@code next}. */
  private static com.fasterxml.jackson.databind.node.ObjectNode paged(
      Context ctx, com.fasterxml.jackson.databind.node.ObjectNode page, int defaultLimit) {
    page.put("limit", limit(ctx, defaultLimit, EventQuery.MAX_LIMIT));
    page.put("offset", Math.max(0, Params.integer(ctx, "offset", 0)));
    return withNext(ctx, page);
  }

  private void openapi(Context ctx) {
    ctx.contentType("application/json").result(OpenApi.text());
  }

  private void stats(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schema_version", store.schemaVersion());
    out.put("rows", store.rowCounts());
    out.put("writes_enabled", token != null);
    ctx.json(out);
  }

  /**
   * Streams an export to the client as it is read from the store. Without the token one request may
   * export at most {@link #EXPORT_CAP} events.
   */
  private void export(Context ctx) throws IOException {
    Exporter.Format format =
        Exporter.Format.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("csv"));
    EventQuery q = Params.eventQuery(ctx, 0);
    if (!hasToken(ctx)) {
      long n = exporter.count(q);
      if (n > exportCap) {
        throw new ApiException(
            403,
            "this export would hold "
                + n
                + " events; at most "
                + exportCap
                + " without the token: narrow the query or give the token");
      }
    }
    ctx.contentType(format.mediaType);
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + (format.extension.startsWith("incidents") ? "sitrep-" : "sitrep-events.")
            + format.extension
            + "\"");
    try (OutputStream out = new BufferedOutputStream(ctx.outputStream(), 64 * 1024)) {
      exporter.export(format, q, out, Params.bool(ctx, "all_families"));
    }
  }

  /** The most events one export may hold without the token. */
  public static final int EXPORT_CAP = 5_000;

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

  /** Whether the request carries the write token (never true when writes are disabled). */
  private boolean hasToken(Context ctx) {
    if (token == null) {
      return false;
    }
    String h = ctx.header("Authorization");
    String given =
        h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)
            ? h.substring(7).strip()
            : ctx.header("X-Sitrep-Token");
    return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }

  private void authorize(Context ctx) {
    if (token == null) {
      throw new ApiException(403, "writes are disabled: start the server with SITREP_TOKEN set");
    }
    if (!hasToken(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "a valid token is required (Authorization: Bearer …)");
    }
  }

  /**
   * The article a POST carries, checked by the code {@code sitrep ingest} reads files with ({@link
   * ArticleReader}): the same decoding, binary-data refusal, field types and limits, and the same
   * one-line reasons.
   */
  private static RawArticle rawArticle(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    boolean json = type.startsWith("application/json");
    if (!json && !type.startsWith("text/plain") && !type.startsWith("text/html")) {
      throw new ApiException(415, "send application/json, text/plain or text/html");
    }
    SourceFormat format = type.startsWith("text/html") ? SourceFormat.HTML : SourceFormat.TEXT;
    InputItem item = READER.fromBytes(ORIGIN, ctx.bodyAsBytes(), format, json);
    if (!json && item instanceof InputItem.Read r) {
      // the query parameters stand for the JSON fields, with the same checks
      ObjectNode n = Json.mapper().createObjectNode();
      n.put(format == SourceFormat.HTML ? "html" : "text", r.article().body());
      for (String field : List.of("id", "published", "title", "source")) {
        String v = ctx.queryParam(field);
        if (v != null) {
          n.put(field, v);
        }
      }
      item = ArticleReader.article(ORIGIN, n);
    }
    if (item instanceof InputItem.Failed f) {
      throw ApiException.badRequest(f.reason());
    }
    return ((InputItem.Read) item).article();
  }

  private static final String ORIGIN = "api";
  private static final ArticleReader READER = new ArticleReader(MAX_REQUEST_BYTES);

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
        "/api/labels",
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
