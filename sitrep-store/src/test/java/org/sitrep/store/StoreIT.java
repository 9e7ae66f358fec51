package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Analysis;
import org.sitrep.output.Json;

/**
 * The store on hand-built fixture records ({@link SyntheticCorpus}): schema, idempotency, filters,
 * hostile values and exports. Ingesting with the real pipeline is tested in sitrep-cli (IngestIT,
 * KillResumeIT), the one module that may build it.
 */
class StoreIT {
  static final Provenance PROV =
      new Provenance(
          "test", "abc123", "fixture records (no annotator)", "fixture records (no gazetteer)");

  @TempDir Path dir;

  @Test
  void migratesANewFileToTheNewestSchema() {
    try (Store s = Store.open(dir.resolve("a.duckdb"))) {
      assertThat(s.schemaVersion()).isEqualTo("12.1");
      assertThat(s.rowCounts()).containsOnlyKeys(Store.TABLES);
    }
    try (Store s = Store.open(dir.resolve("a.duckdb"))) { // reopening applies nothing twice
      assertThat(s.schemaVersion()).isEqualTo("12.1");
    }
  }

  @Test
  void storesEveryFactOfAnArticleAndSkipsTheSameTextTwice() {
    List<Analysis> as = SyntheticCorpus.analyses(1, 20, 3);
    try (Store s = Store.open(dir.resolve("a.duckdb"));
        ArticleWriter w = new ArticleWriter(s)) {
      for (Analysis a : as) {
        assertThat(w.save(a, "synthetic", PROV)).isTrue();
      }
      var before = s.contentDigest();
      for (Analysis a : as) {
        assertThat(w.save(a, "synthetic", PROV)).isFalse();
      }
      assertThat(s.contentDigest()).isEqualTo(before);
      var counts = s.rowCounts();
      assertThat(counts.get("articles")).isEqualTo(20);
      assertThat(counts.get("events")).isEqualTo(60);
      assertThat(counts.get("places")).isEqualTo(60);
      assertThat(counts.get("counts")).isEqualTo(60);
      assertThat(counts.get("event_participants")).isEqualTo(120);
      assertThat(counts.get("quotes")).isEqualTo(20);
      assertThat(counts.get("provenance")).isEqualTo(1);
      // the stored document is the analysis, byte for byte
      assertThat(
              new StoreReader(s).analysis(as.get(0).document().sha256()).orElseThrow().toString())
          .isEqualTo(Json.line(as.get(0)));
    }
  }

  @Test
  void filtersEventsByEveryFieldWithParametersOnly() {
    try (Store s = Store.open(dir.resolve("a.duckdb"));
        ArticleWriter w = new ArticleWriter(s)) {
      for (Analysis a : SyntheticCorpus.analyses(2, 50, 4)) {
        w.save(a, "synthetic", PROV);
      }
      StoreReader r = new StoreReader(s);
      ObjectNode all = r.events(EventQuery.all());
      assertThat(all.get("total").asLong()).isEqualTo(200);
      assertThat(all.get("items")).hasSize(100);

      ObjectNode shelling =
          r.events(q(List.of("ATTACK"), null, null, null, null, null, null, null, null));
      for (JsonNode e : shelling.get("items")) {
        assertThat(e.get("family").asText()).isEqualTo("ATTACK");
      }
      ObjectNode sudan =
          r.events(
              q(null, null, null, new double[] {20, 10, 35, 20}, null, null, null, null, null));
      assertThat(sudan.get("total").asLong()).isPositive();
      for (JsonNode e : sudan.get("items")) {
        assertThat(e.path("place").path("country").asText()).isEqualTo("SD");
      }
      ObjectNode kharkiv = r.events(q(null, null, null, null, "kharK", null, null, null, null));
      for (JsonNode e : kharkiv.get("items")) {
        assertThat(e.path("place").path("name").asText()).isEqualTo("Kharkiv");
      }
      ObjectNode rsf = r.events(q(null, null, null, null, null, "rapid support", null, 0.9, null));
      for (JsonNode e : rsf.get("items")) {
        assertThat(e.get("actors").get(0).get("name").asText()).isEqualTo("Rapid Support Forces");
        assertThat(e.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.9);
      }
      LocalDate from = LocalDate.of(2024, 6, 1);
      LocalDate to = LocalDate.of(2024, 6, 30);
      ObjectNode june = r.events(q(null, from, to, null, null, null, null, null, null));
      for (JsonNode e : june.get("items")) {
        assertThat(LocalDate.parse(e.get("date").get("start").asText()))
            .isBetween(from.minusDays(1), to);
      }
      // hostile values are values, not SQL
      ObjectNode evil =
          r.events(
              q(
                  null,
                  null,
                  null,
                  null,
                  "'; DROP TABLE events; --",
                  "%",
                  List.of("x' OR '1'='1"),
                  null,
                  "' OR 1=1"));
      assertThat(evil.get("total").asLong()).isZero();
      assertThat(s.rowCounts().get("events")).isEqualTo(200);

      String uid = all.get("items").get(0).get("id").asText();
      ObjectNode one = r.event(uid).orElseThrow();
      assertThat(one.get("evidence_sentences").get(0).get("text").asText())
          .contains(one.path("place").path("name").asText());
      assertThat(one.get("provenance").get("sitrep_commit").asText()).isEqualTo("abc123");
      assertThat(one.get("counts")).isNotEmpty();
      assertThat(r.event("nope")).isEmpty();
      assertThat(r.histogram(EventQuery.all())).isNotEmpty();
      assertThat(r.facets(EventQuery.all()).get("events").asLong()).isEqualTo(200);
      assertThat(r.places(null, 10)).isNotEmpty();
      assertThat(r.speakers(10).get(0).get("speaker").asText()).isEqualTo("Anna Kovalenko");
      assertThat(r.quotes("Anna Kovalenko", null, 5, 0).get("total").asLong()).isEqualTo(50);
    }
  }

  @Test
  void exportsAcledColumnsGeoJsonJsonlAndParquet() throws Exception {
    try (Store s = Store.open(dir.resolve("a.duckdb"));
        ArticleWriter w = new ArticleWriter(s)) {
      for (Analysis a : SyntheticCorpus.analyses(3, 10, 2)) {
        w.save(a, "synthetic", PROV);
      }
      Exporter x = new Exporter(s);
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      x.export(Exporter.Format.CSV, EventQuery.all(), all, true);
      String[] lines = all.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
      assertThat(lines[0])
          .startsWith(
              "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2");
      assertThat(lines[0])
          .contains(
              ",iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp");
      assertThat(lines).hasSize(21);
      // by default the families ACLED does not code (the fixture's accusations, displacement)
      // are left out
      String[] coded = export(x, Exporter.Format.CSV).split("\r\n");
      assertThat(coded.length).isLessThan(21);
      for (String line : java.util.Arrays.asList(coded).subList(1, coded.length)) {
        assertThat(line).doesNotContain(",ACCUSATION,").doesNotContain(",DISPLACEMENT,");
      }
      JsonNode geo = Json.mapper().readTree(export(x, Exporter.Format.GEOJSON));
      assertThat(geo.get("features")).hasSize(20);
      assertThat(geo.get("features").get(0).get("geometry").get("type").asText())
          .isEqualTo("Point");
      assertThat(export(x, Exporter.Format.JSONL).split("\n")).hasSize(10);
      Path pq = dir.resolve("e.parquet");
      x.writeParquet(EventQuery.all(), pq);
      assertThat(Files.size(pq)).isPositive();
      try (var c = s.connection();
          var st = c.createStatement();
          var rs =
              st.executeQuery("SELECT count(*), min(event_type) FROM read_parquet('" + pq + "')")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(20);
      }
      assertThat(Exporter.csvCell("=HYPERLINK(\"x\")")).startsWith("\"'=");
    }
  }

  private static String export(Exporter x, Exporter.Format f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    x.export(f, EventQuery.all(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static EventQuery q(
      List<String> family,
      LocalDate from,
      LocalDate to,
      double[] bbox,
      String place,
      String actor,
      List<String> status,
      Double minConf,
      String text) {
    return new EventQuery(
        family,
        null,
        from,
        to,
        bbox,
        place,
        actor,
        status,
        minConf,
        text,
        null,
        EventQuery.Sort.DATE_DESC,
        100,
        0);
  }
}
