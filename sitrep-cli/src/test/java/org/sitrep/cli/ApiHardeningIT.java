package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.SourceFormat;
import org.sitrep.output.Json;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.ArticleWriter;
import org.sitrep.store.Store;

/**
 * Issue 10's API defects against the real server on a random port: a POST gets the checks {@code
 * sitrep ingest} gives a file, with the same reasons; every error is JSON with the security
 * headers, Jetty's own included; failures show no local paths without the token; exports stream and
 * are capped without it.
 */
class ApiHardeningIT {
  @TempDir static Path dir;
  static Store store;
  static SitrepServer server;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();

  /** Fixture records: 60 articles, 180 events; the export cap is set below that. */
  static final int CAP = 100;

  @BeforeAll
  static void start() {
    store = Store.open(dir.resolve("h.duckdb"));
    try (ArticleWriter w = new ArticleWriter(store)) {
      for (var a : org.sitrep.store.SyntheticCorpus.analyses(11, 60, 3)) {
        w.save(a, "synthetic", TestServer.FIXTURE);
      }
      w.saveFailure("/home/analyst/private/feeds/docs.jsonl:7", "x7", "not valid UTF-8");
    }
    server =
        new SitrepServer(
                store,
                () ->
                    Application.ingester(
                        store, SharedPipeline.get().withTimeBudget(Duration.ofSeconds(3)), 1),
                TestServer.TOKEN,
                CAP)
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> post(byte[] body, String type) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/articles"))
            .header("Content-Type", type)
            .header("Authorization", "Bearer " + TestServer.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What {@code sitrep ingest} says of the same bytes. */
  static String ingestReason(byte[] body, boolean json) {
    InputItem i =
        new ArticleReader(SitrepServer.MAX_REQUEST_BYTES)
            .fromBytes("api", body, SourceFormat.TEXT, json);
    return ((InputItem.Failed) i).reason();
  }

  static void assertJsonError(HttpResponse<String> r, int status, String reason) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode n = Json.mapper().readTree(r.body());
    assertThat(n.get("status").asInt()).isEqualTo(status);
    if (reason != null) {
      assertThat(n.get("error").asText()).isEqualTo(reason);
    }
  }

  @Test
  void aPostGetsTheChecksAndReasonsIngestGives() throws Exception {
    long stored = store.rowCounts().get("articles");
    byte[] binary = new byte[100 * 1024];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 131 + (i >> 7));
    }
    byte[] latin1 = "Frappes sur la caf\u00e9t\u00e9ria".getBytes(StandardCharsets.ISO_8859_1);
    byte[] nul = "Shelling\u0000hit Kherson.".getBytes(StandardCharsets.UTF_8);
    for (byte[] body : List.of(binary, latin1, nul)) {
      assertJsonError(post(body, "text/plain"), 400, ingestReason(body, false));
    }
    for (String json :
        List.of(
            "{\"text\": 5}",
            "{\"text\": [\"a\", \"b\"]}",
            "{\"id\": \"" + "i".repeat(1 << 20) + "\", \"text\": \"Shelling hit Kherson.\"}",
            "{\"text\": \"Shelling hit Kherson.\", \"published\": \"9999-12-31\"}")) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      assertJsonError(post(body, "application/json"), 400, ingestReason(body, true));
    }
    assertThat(ingestReason("{\"text\": 5}".getBytes(StandardCharsets.UTF_8), true))
        .isEqualTo("\"text\" must be a string, not a number");
    assertThat(store.rowCounts().get("articles")).isEqualTo(stored);
  }

  @Test
  void aHugePostStopsAtTheTimeBudgetAndTheWorkerTakesTheNextOne() throws Exception {
    String sentence =
        "Russian forces shelled Kharkiv on Monday, killing three civilians, the governor said. ";
    byte[] huge =
        sentence.repeat((1536 * 1024) / sentence.length()).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = post(huge, "text/plain");
    assertJsonError(r, 422, null);
    assertThat(r.body()).contains("took longer than 3 s");
    HttpResponse<String> next =
        post(
            "A drone struck a market in El Fasher on Monday, killing at least 12 people, medics said."
                .getBytes(StandardCharsets.UTF_8),
            "text/plain");
    assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
  }

  @Test
  void anUnknownApiPathIsAJsonError() throws Exception {
    HttpResponse<String> r = get("/api/nonexistent", null);
    assertJsonError(r, 404, "no such resource: /api/nonexistent");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void jettysOwnErrorsAreJsonWithTheSecurityHeaders() throws Exception {
    for (String request :
        List.of(
            "GET /api/events?" + "q=x&".repeat(4000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "h".repeat(20000) + "\r\n\r\n")) {
      String answer = raw(request);
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
      assertThat(head).as(head).matches("(?s)HTTP/1.1 4\\d\\d .*");
      assertThat(head.toLowerCase()).contains("content-type: application/json");
      assertThat(head).contains("Content-Security-Policy").contains("nosniff");
      String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
      assertThat(body).doesNotContain("<html").contains("\"status\"");
    }
  }

  private static String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void failuresShowFileNamesWithoutTheTokenAndPathsWithIt() throws Exception {
    JsonNode open = Json.mapper().readTree(get("/api/failures", null).body());
    assertThat(open.toString()).doesNotContain("/home/analyst");
    assertThat(open.findValuesAsText("origin")).contains("docs.jsonl:7");
    JsonNode full = Json.mapper().readTree(get("/api/failures", TestServer.TOKEN).body());
    assertThat(full.findValuesAsText("origin"))
        .contains("/home/analyst/private/feeds/docs.jsonl:7");
  }

  @Test
  void anExportOverTheCapNeedsTheTokenAndStreamsWithIt() throws Exception {
    long events =
        Json.mapper().readTree(get("/api/events?limit=0", null).body()).get("total").asLong();
    assertThat(events).isGreaterThan(CAP);
    HttpResponse<String> refused = get("/api/export?format=jsonl", null);
    assertJsonError(refused, 403, null);
    assertThat(refused.body()).contains(events + " events").contains("at most " + CAP);
    // every family: the ACLED CSV leaves out families ACLED does not code unless asked
    HttpResponse<String> all = get("/api/export?format=csv&all_families=true", TestServer.TOKEN);
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("Transfer-Encoding")).contains("chunked");
    assertThat(all.body().lines().count()).isEqualTo(events + 1);
  }
}
