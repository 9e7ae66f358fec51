package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.output.Json;
import org.sitrep.server.SitrepServer;

/**
 * The API against the real server on a random port. Filters, paging and exports run over hand-built
 * fixture records (many events of known values); articles POSTed to it go through the real pipeline
 * (CoreNLP, gazetteer, events) and are checked with their provenance.
 */
class ApiIT {
  @TempDir static Path dir;
  static TestServer t;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    t = new TestServer(dir, 60);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(t.base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  static HttpResponse<String> post(String body, String type, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(t.base + "/api/articles"))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pagesSortsAndFiltersEvents() throws Exception {
    JsonNode all = json("/api/events?limit=20");
    assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(180);
    assertThat(all.get("items")).hasSize(20);
    JsonNode page2 = json("/api/events?limit=20&offset=20");
    assertThat(page2.get("items").get(0).get("id").asText())
        .isNotEqualTo(all.get("items").get(0).get("id").asText());
    String prev = "9999-12-31";
    for (JsonNode e : all.get("items")) {
      String d = e.get("date").get("start").asText();
      assertThat(d.compareTo(prev)).isLessThanOrEqualTo(0);
      prev = d;
    }
    JsonNode asc = json("/api/events?sort=date&limit=5");
    assertThat(asc.get("items").get(0).get("date").get("start").asText())
        .isLessThanOrEqualTo(asc.get("items").get(4).get("date").get("start").asText());
    JsonNode conf = json("/api/events?sort=confidence&limit=50");
    assertThat(conf.get("items").get(0).get("confidence").asDouble())
        .isGreaterThanOrEqualTo(conf.get("items").get(49).get("confidence").asDouble());

    for (JsonNode e : json("/api/events?family=ATTACK,CLASH&limit=100").get("items")) {
      assertThat(e.get("family").asText()).isIn("ATTACK", "CLASH");
    }
    for (JsonNode e : json("/api/events?type=ATTACK.SHELLING&limit=100").get("items")) {
      assertThat(e.get("type").asText()).isEqualTo("ATTACK.SHELLING");
    }
    for (JsonNode e : json("/api/events?status=claimed&limit=100").get("items")) {
      assertThat(e.get("status").asText()).isEqualTo("claimed");
    }
    for (JsonNode e : json("/api/events?bbox=20,0,40,30&limit=100").get("items")) {
      assertThat(e.get("place").get("country").asText()).isEqualTo("SD");
    }
    for (JsonNode e : json("/api/events?place=kharkiv&limit=100").get("items")) {
      assertThat(e.get("place").get("name").asText()).isEqualTo("Kharkiv");
    }
    for (JsonNode e :
        json("/api/events?actor=" + enc("Rapid Support") + "&min_confidence=0.7&limit=100")
            .get("items")) {
      assertThat(e.get("actors").get(0).get("name").asText()).isEqualTo("Rapid Support Forces");
      assertThat(e.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.7);
    }
    for (JsonNode e : json("/api/events?q=drone&limit=100").get("items")) {
      assertThat(e.get("evidence_text").asText()).contains("drone");
    }
    JsonNode ranged = json("/api/events?from=2024-03-01&to=2024-06-30&limit=100");
    for (JsonNode e : ranged.get("items")) {
      LocalDate d = LocalDate.parse(e.get("date").get("start").asText());
      assertThat(d).isBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30));
    }
    assertThat(json("/api/events/histogram")).isNotEmpty();
    assertThat(json("/api/events/facets").get("events").asInt()).isGreaterThanOrEqualTo(180);
  }

  @Test
  void rejectsMalformedParametersWithOneLineJsonErrors() throws Exception {
    for (String bad :
        new String[] {
          "from=yesterday",
          "bbox=1,2,3",
          "min_confidence=lots",
          "min_confidence=7",
          "limit=100000",
          "sort=random",
          "offset=-1"
        }) {
      HttpResponse<String> r = get("/api/events?" + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(Json.mapper().readTree(r.body()).get("error").asText())
          .doesNotContain("\n")
          .doesNotContain("Exception");
    }
    assertThat(get("/api/events/nope").statusCode()).isEqualTo(404);
    assertThat(get("/api/articles/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileValuesAreParametersNotSql() throws Exception {
    for (String v : new String[] {"' OR '1'='1", "x'; DROP TABLE events; --", "%", "_", "\\"}) {
      assertThat(json("/api/events?place=" + enc(v) + "&actor=" + enc(v)).get("total").asInt())
          .as(v)
          .isZero();
      assertThat(get("/api/events?family=" + enc(v)).statusCode()).isEqualTo(200);
      assertThat(get("/api/quotes?speaker=" + enc(v)).statusCode()).isEqualTo(200);
    }
    assertThat(json("/api/events?limit=1").get("total").asInt()).isGreaterThanOrEqualTo(180);
  }

  @Test
  void eventDetailCarriesEvidenceArticleAndProvenance() throws Exception {
    String id = json("/api/events?limit=1").get("items").get(0).get("id").asText();
    JsonNode e = json("/api/events/" + id);
    String text = e.get("article").get("text").asText();
    JsonNode s = e.get("evidence_sentences").get(0);
    assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
        .isEqualTo(s.get("text").asText());
    assertThat(s.get("text").asText()).contains(e.get("place").get("name").asText());
    assertThat(e.get("counts")).isNotEmpty();
    assertThat(e.get("sources")).isNotEmpty();
    JsonNode p = e.get("provenance");
    assertThat(p.get("sitrep_commit").asText()).isEqualTo("cafe123");
    assertThat(p.get("annotator").asText()).isEqualTo(TestServer.FIXTURE.annotator());
    assertThat(p.get("gazetteer").asText()).isEqualTo(TestServer.FIXTURE.gazetteer());
    assertThat(p.get("article_sha256").asText()).isEqualTo(e.get("article").get("sha256").asText());
    JsonNode doc = json("/api/articles/" + e.get("article").get("sha256").asText());
    assertThat(doc.get("schema").asText()).isEqualTo("sitrep/v1");
  }

  @Test
  void placesSpeakersAndQuotesBySpeaker() throws Exception {
    JsonNode places = json("/api/places");
    assertThat(places).isNotEmpty();
    assertThat(places.get(0).get("events").asInt()).isPositive();
    JsonNode speakers = json("/api/speakers");
    assertThat(speakers.get(0).get("speaker").asText()).isEqualTo("Anna Kovalenko");
    JsonNode quotes = json("/api/quotes?speaker=" + enc("Anna Kovalenko") + "&limit=5");
    assertThat(quotes.get("total").asInt()).isEqualTo(60);
    assertThat(quotes.get("items").get(0).get("speaker").get("role").asText())
        .isEqualTo("a local official");
  }

  @Test
  void exportsEveryFormatWithAcledColumns() throws Exception {
    HttpResponse<String> csv = get("/api/export?format=csv&family=ATTACK");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String header = csv.body().lines().findFirst().orElseThrow();
    for (String col :
        new String[] {
          "event_date",
          "event_type",
          "sub_event_type",
          "actor1",
          "actor2",
          "admin1",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "fatalities",
          "notes",
          "source"
        }) {
      assertThat(header.split(",")).contains(col);
    }
    assertThat(csv.body()).contains("Explosions/Remote violence").doesNotContain("Protests");
    JsonNode geo = Json.mapper().readTree(get("/api/export?format=geojson").body());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features").size()).isGreaterThanOrEqualTo(180);
    assertThat(get("/api/export?format=jsonl").body().lines().count()).isGreaterThanOrEqualTo(60);
    HttpResponse<byte[]> pq =
        http.send(
            HttpRequest.newBuilder(URI.create(t.base + "/api/export?format=parquet")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pq.statusCode()).isEqualTo(200);
    assertThat(new String(pq.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    assertThat(get("/api/export?format=xlsx").statusCode()).isEqualTo(400);
  }

  @Test
  void writesNeedTheTokenAndStoreOnce() throws Exception {
    String body =
        "{\"text\":\"Shelling hit Kharkiv overnight. Two people were killed, officials said.\",\"published\":\"2022-03-05\",\"title\":\"Posted\"}";
    assertThat(post(body, "application/json", null).statusCode()).isEqualTo(401);
    assertThat(post(body, "application/json", "wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> ok = post(body, "application/json", TestServer.TOKEN);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    JsonNode r = Json.mapper().readTree(ok.body());
    String eventId = r.get("events").get(0).asText();
    JsonNode posted = json("/api/events/" + eventId);
    assertThat(posted.get("article").get("title").asText()).isEqualTo("Posted");
    // read by the real pipeline: a shelling in Kharkiv with two killed, and where the facts came
    // from
    assertThat(posted.get("type").asText()).isEqualTo("ATTACK.SHELLING");
    assertThat(posted.get("place").get("name").asText()).isEqualTo("Kharkiv");
    assertThat(posted.get("place").get("country").asText()).isEqualTo("UA");
    assertThat(posted.get("fatalities").asLong()).isEqualTo(2);
    JsonNode prov = posted.get("provenance");
    assertThat(prov.get("article_sha256").asText())
        .isEqualTo(posted.get("article").get("sha256").asText());
    assertThat(prov.get("sitrep_version").asText()).isNotBlank();
    assertThat(prov.get("sitrep_commit").asText()).isNotBlank();
    assertThat(prov.get("annotator").asText())
        .startsWith("corenlp 4.5")
        .contains("tokenize", "ner");
    assertThat(prov.get("gazetteer").asText()).contains("gazetteer").contains("sha256:");
    assertThat(prov.get("schema").asText()).isEqualTo("sitrep/v1");
    HttpResponse<String> again = post(body, "application/json", TestServer.TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Json.mapper().readTree(again.body()).get("stored").asBoolean()).isFalse();
    HttpResponse<String> html =
        post(
            "<html><body><article><p>Shelling hit Mariupol today, the mayor said.</p></article></body></html>",
            "text/html",
            TestServer.TOKEN);
    assertThat(html.statusCode()).as(html.body()).isEqualTo(201);
    assertThat(post("{\"title\":\"no text\"}", "application/json", TestServer.TOKEN).statusCode())
        .isEqualTo(400);
    assertThat(post("{not json", "application/json", TestServer.TOKEN).statusCode()).isEqualTo(400);
    assertThat(post("x", "application/pdf", TestServer.TOKEN).statusCode()).isEqualTo(415);
    String big = "{\"text\":\"" + "a".repeat((int) SitrepServer.MAX_REQUEST_BYTES + 10) + "\"}";
    assertThat(post(big, "application/json", TestServer.TOKEN).statusCode()).isEqualTo(413);
  }

  @Test
  void securityHeadersOpenApiAndLoopbackBinding() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
    JsonNode api = json("/api/openapi.json");
    assertThat(api.get("openapi").asText()).startsWith("3.");
    for (String p : SitrepServer.apiPaths()) {
      assertThat(api.get("paths").has(p)).as(p).isTrue();
    }
    assertThat(json("/api/stats").get("schema_version").asText()).isEqualTo("12.1");
    assertThat(get("/vendor/countries.geojson").statusCode()).isEqualTo(200);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
