package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.incident.IncidentReader;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.link.IncidentLinker;
import org.sitrep.output.Json;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Exporter;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;

/**
 * Incidents across articles on the twelve articles of {@code testdata/incidents}, analysed by the
 * real pipeline into real DuckDB stores: three incidents reported by several outlets with different
 * tolls, two look-alikes kept apart, the same incidents whatever the order of ingest, the API over
 * a real HTTP server, the exports, and a split that later ingests keep.
 */
class IncidentsIT {
  @TempDir static Path dir;
  static Store forward;
  static Store reverse;
  static SitrepServer server;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void ingest() {
    List<InputItem> items = items("docs.jsonl");
    assertThat(items).hasSize(12);
    forward = Store.open(dir.resolve("forward.duckdb"));
    reverse = Store.open(dir.resolve("reverse.duckdb"));
    ingest(forward, items);
    List<InputItem> reversed = new ArrayList<>(items);
    Collections.reverse(reversed);
    ingest(reverse, reversed);
    server = new SitrepServer(forward, () -> null, null).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  static List<InputItem> items(String file) {
    Path set = BrowserIT.projectRoot().resolve("testdata/incidents");
    return new ArticleReader().readAll(List.of(set.resolve(file).toString()), System.in);
  }

  static void ingest(Store store, List<InputItem> items) {
    try (Ingester in = Application.ingester(store, SharedPipeline.get(), 1)) {
      Ingester.Tally t = in.run(items, (d, n, x) -> {});
      assertThat(t.failures()).isEmpty();
    }
  }

  @AfterAll
  static void close() {
    if (server != null) {
      server.close();
    }
    if (forward != null) {
      forward.close();
    }
    if (reverse != null) {
      reverse.close();
    }
  }

  /** Each ATTACK incident as the sorted ids of its articles, with its killed claims. */
  static Map<String, List<Long>> attackIncidents(Store s) {
    Map<String, List<Long>> out = new TreeMap<>();
    for (IncidentReader.Members m : new IncidentReader(s).members("ATTACK")) {
      List<Long> claims = new ArrayList<>(m.killedClaims());
      Collections.sort(claims);
      out.merge(String.join(",", new TreeSet<>(m.documents())), claims, (a, b) -> a);
    }
    return out;
  }

  static Set<String> groupsOfSeveral(Store s) {
    Set<String> out = new TreeSet<>();
    for (String k : attackIncidents(s).keySet()) {
      if (k.contains(",")) {
        out.add(k);
      }
    }
    return out;
  }

  @Test
  void severalOutletsOfOneIncidentAreOneIncidentWithEveryToll() {
    Map<String, List<Long>> inc = attackIncidents(forward);
    assertThat(inc).containsEntry("inc-01,inc-02,inc-03", List.of(12L, 15L, 18L));
    assertThat(inc).containsKey("inc-04,inc-05");
    assertThat(inc.get("inc-04,inc-05")).containsExactly(4L, 5L);
    assertThat(inc).containsKey("inc-06,inc-07,inc-08");
  }

  @Test
  void lookAlikeIncidentsStayApart() {
    for (String group : groupsOfSeveral(forward)) {
      Set<String> ids = Set.of(group.split(","));
      assertThat(ids).as("Kherson on two days").doesNotContain("inc-09", "inc-10");
      assertThat(ids.containsAll(List.of("inc-11", "inc-12")))
          .as("two towns of one region on one day")
          .isFalse();
    }
  }

  @Test
  void reverseOrderIngestGivesTheSameIncidents() {
    assertThat(attackIncidents(reverse)).isEqualTo(attackIncidents(forward));
    Map<String, String> a = forward.contentDigest();
    Map<String, String> b = reverse.contentDigest();
    for (String t : List.of("incidents", "incident_events", "incident_links")) {
      assertThat(b.get(t)).as(t).isEqualTo(a.get(t));
    }
  }

  @Test
  void contestedTollsAreReconciledConservativelyAndARisingTollIsNot() throws Exception {
    JsonNode kramatorsk = incidentOf("inc-01");
    JsonNode killed = kramatorsk.get("counts").get("killed");
    assertThat(killed.get("contested").asBoolean()).isTrue();
    assertThat(killed.get("min").asLong()).isEqualTo(12);
    assertThat(killed.get("max").asLong()).isEqualTo(18);
    assertThat(killed.get("value").asLong()).as("the conservative figure").isEqualTo(12);
    assertThat(kramatorsk.get("contested").asBoolean()).isTrue();
    assertThat(kramatorsk.get("outlets").asInt()).isEqualTo(3);
    Set<String> outlets = new TreeSet<>();
    for (JsonNode c : killed.get("claims")) {
      outlets.add(c.get("outlet").asText());
    }
    assertThat(outlets)
        .containsExactly("Eastern Front Live", "Ministry of Internal Affairs", "Northline Wire");
    // Nikopol: four on the day, five the day after: a rising toll, the earlier claim kept
    JsonNode nikopol = incidentOf("inc-04").get("counts").get("killed");
    assertThat(nikopol.get("contested").asBoolean()).isFalse();
    assertThat(nikopol.get("value").asLong()).isEqualTo(5);
    assertThat(nikopol.get("claims")).hasSize(2);
    assertThat(nikopol.get("claims").get(0).get("superseded").asBoolean()).isTrue();
    // corroboration raises confidence above every single report's
    for (JsonNode r : kramatorsk.get("reports")) {
      assertThat(kramatorsk.get("confidence").asDouble())
          .isGreaterThanOrEqualTo(r.get("confidence").asDouble());
    }
    JsonNode lone = incidentOf("inc-11");
    assertThat(lone.get("single_source").asBoolean()).isTrue();
  }

  @Test
  void theApiGivesIncidentsWithReportsSideBySideAndTheLinksReasons() throws Exception {
    JsonNode page = get("/api/incidents?family=ATTACK&limit=100");
    assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(7);
    String id = idOf("inc-01");
    JsonNode inc = get("/api/incidents/" + id);
    assertThat(inc.get("reports")).hasSize(3);
    for (JsonNode r : inc.get("reports")) {
      assertThat(r.get("evidence").get(0).get("text").asText()).contains("Kramatorsk");
      assertThat(r.get("article").get("outlet").asText()).isNotBlank();
    }
    assertThat(inc.get("links")).isNotEmpty();
    for (JsonNode l : inc.get("links")) {
      assertThat(l.get("rule").asText()).startsWith("family+day:").contains("text:");
      assertThat(l.get("score").asDouble()).isBetween(0.0, 1.0);
      assertThat(l.get("detail").has("text")).isTrue();
    }
    // filters as for events: a place filter keeps the incidents with a report there
    JsonNode kherson = get("/api/incidents?place=kherson");
    assertThat(kherson.get("items")).hasSize(2);
    for (JsonNode i : kherson.get("items")) {
      assertThat(i.get("place").get("name").asText()).containsIgnoringCase("kherson");
    }
    HttpResponse<String> missing =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/incidents/Inothere")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void exportsGiveOneIncidentALineAndOneRowInAcledsShape() throws Exception {
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    new Exporter(forward).export(Exporter.Format.INCIDENTS, EventQuery.all(), jsonl);
    JsonNode found = null;
    for (String line : jsonl.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode o = Json.mapper().readTree(line);
      for (String f : List.of("id", "family", "type", "date", "place", "reports", "counts")) {
        assertThat(o.has(f)).as(f).isTrue();
      }
      if (o.get("reports").findValuesAsText("document").contains("inc-01")) {
        found = o;
      }
    }
    assertThat(found).isNotNull();
    assertThat(found.get("reports")).hasSize(3);
    assertThat(found.get("counts").get("killed").get("contested").asBoolean()).isTrue();
    assertThat(found.get("counts").get("killed").get("claims")).hasSize(3);
    String csv = get("/api/export?format=incidents-csv", true);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("event_id_cnty,event_date,year");
    assertThat(lines[0])
        .contains(",source,", ",fatalities,fatalities_min,fatalities_max,contested,reports");
    boolean kramatorsk = false;
    for (String l : lines) {
      if (l.contains("Kramatorsk") && l.contains("Northline Wire; ")) {
        kramatorsk = true;
        assertThat(l).contains(",12,12,18,true,3,");
      }
    }
    assertThat(kramatorsk).as(csv).isTrue();
  }

  @Test
  void aSplitIsKeptWhenMoreArticlesArriveAndOnRelink() {
    Store s = Store.open(dir.resolve("split.duckdb"));
    try (s) {
      ingest(s, items("docs.jsonl"));
      String id = idOf(s, "inc-01");
      List<String> now = new IncidentLinker(s).split(id, List.of("inc-03"));
      assertThat(now).hasSize(2);
      assertThat(groupsOfSeveral(s))
          .contains("inc-01,inc-02")
          .doesNotContain("inc-01,inc-02,inc-03");
      // a fourth report of the strike arrives: it may join, but the split stays
      ingest(
          s,
          List.of(
              new InputItem.Read(
                  new org.sitrep.model.RawArticle(
                      "test",
                      "inc-13",
                      org.sitrep.model.SourceFormat.TEXT,
                      "A Russian missile strike on an apartment block in Kramatorsk on Friday killed"
                          + " at least 16 people, the regional governor said on Saturday.",
                      java.time.LocalDate.parse("2025-03-15"),
                      "Kramatorsk toll",
                      "Evening Post"))));
      assertThat(together(s, "inc-01", "inc-03")).isFalse();
      new IncidentLinker(s).rebuild();
      assertThat(together(s, "inc-01", "inc-03")).isFalse();
      assertThat(together(s, "inc-01", "inc-02")).isTrue();
    }
  }

  static boolean together(Store s, String a, String b) {
    for (String g : attackIncidents(s).keySet()) {
      Set<String> ids = Set.of(g.split(","));
      if (ids.contains(a) && ids.contains(b)) {
        return true;
      }
    }
    return false;
  }

  static JsonNode incidentOf(String doc) {
    return new IncidentReader(forward).incident(idOf(forward, doc)).orElseThrow();
  }

  static String idOf(String doc) {
    return idOf(forward, doc);
  }

  /** The ATTACK incident with the most reports among those the document reports into. */
  static String idOf(Store s, String doc) {
    String best = null;
    int most = -1;
    for (IncidentReader.Members m : new IncidentReader(s).members("ATTACK")) {
      if (m.documents().contains(doc) && m.documents().size() > most) {
        best = m.id();
        most = m.documents().size();
      }
    }
    assertThat(best).as("an ATTACK incident reported by " + doc).isNotNull();
    return best;
  }

  static JsonNode get(String path) throws Exception {
    return Json.mapper().readTree(get(path, true));
  }

  static String get(String path, boolean ok) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}
