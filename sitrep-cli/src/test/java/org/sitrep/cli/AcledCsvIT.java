package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;

/**
 * The CSV export as an ACLED user loads it: the project's examples through the real pipeline into a
 * store, exported by {@code sitrep export --format csv}, then read by DuckDB with the columns and
 * types ACLED's codebook documents. Every ACLED column is there and parses as its type.
 */
class AcledCsvIT {
  /** ACLED's columns and their documented types, in the codebook's order. */
  static final Map<String, String> ACLED = new LinkedHashMap<>();

  static {
    for (String c :
        List.of(
            "event_id_cnty VARCHAR",
            "event_date DATE",
            "year INTEGER",
            "time_precision INTEGER",
            "disorder_type VARCHAR",
            "event_type VARCHAR",
            "sub_event_type VARCHAR",
            "actor1 VARCHAR",
            "assoc_actor_1 VARCHAR",
            "inter1 INTEGER",
            "actor2 VARCHAR",
            "assoc_actor_2 VARCHAR",
            "inter2 INTEGER",
            "interaction INTEGER",
            "civilian_targeting VARCHAR",
            "iso INTEGER",
            "region VARCHAR",
            "country VARCHAR",
            "admin1 VARCHAR",
            "admin2 VARCHAR",
            "admin3 VARCHAR",
            "location VARCHAR",
            "latitude DOUBLE",
            "longitude DOUBLE",
            "geo_precision INTEGER",
            "source VARCHAR",
            "source_scale VARCHAR",
            "notes VARCHAR",
            "fatalities INTEGER",
            "tags VARCHAR",
            "timestamp BIGINT")) {
      String[] f = c.split(" ");
      ACLED.put(f[0], f[1]);
    }
  }

  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void ingest() {
    db = dir.resolve("acled.duckdb");
    try (Store s = Store.open(db);
        Ingester in = Application.ingester(s, SharedPipeline.get(), 2)) {
      Ingester.Tally t =
          in.run(
              new ArticleReader()
                  .readAll(
                      List.of(BrowserIT.projectRoot().resolve("examples").toString()), System.in),
              (done, total, x) -> {});
      assertThat(t.failures()).isEmpty();
    }
  }

  private static Path export(String... extra) {
    Path csv = dir.resolve("events" + extra.length + ".csv");
    List<String> args =
        new java.util.ArrayList<>(
            List.of("export", "--format", "csv", "--db", db.toString(), "-o", csv.toString()));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return csv;
  }

  /** The CSV read with ACLED's types: a cell that does not parse as its type fails the read. */
  private static String typedRead(Path csv) {
    StringBuilder cols = new StringBuilder();
    for (Map.Entry<String, String> c : ACLED.entrySet()) {
      cols.append(cols.length() == 0 ? "" : ", ")
          .append('\'')
          .append(c.getKey())
          .append("': '")
          .append(c.getValue())
          .append('\'');
    }
    return "SELECT * FROM read_csv('"
        + csv.toString().replace("'", "''")
        + "', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        + " columns = {"
        + cols
        + ", "
        + sitrepColumns()
        + "})";
  }

  private static String sitrepColumns() {
    StringBuilder b = new StringBuilder();
    for (String c : org.sitrep.store.Exporter.CSV_COLUMNS) {
      if (!ACLED.containsKey(c)) {
        b.append(b.length() == 0 ? "" : ", ").append('\'').append(c).append("': 'VARCHAR'");
      }
    }
    return b.toString();
  }

  @Test
  void theCsvLoadsWithAcledsColumnsAndTypes() throws Exception {
    Path csv = export();
    String header = Files.readAllLines(csv).get(0);
    assertThat(List.of(header.split(","))).containsSubsequence(ACLED.keySet());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(typedRead(csv))) {
      ResultSetMetaData md = rs.getMetaData();
      for (String col : ACLED.keySet()) {
        assertThat(rs.findColumn(col)).as(col).isPositive();
      }
      int rows = 0;
      int withIso = 0;
      while (rs.next()) {
        rows++;
        assertThat(rs.getString("event_type")).as("event_type").isNotBlank();
        assertThat(rs.getString("disorder_type")).isNotBlank();
        int iso = rs.getInt("iso");
        if (!rs.wasNull()) {
          withIso++;
          assertThat(iso).isBetween(4, 894);
          String country = rs.getString("country");
          assertThat(country).as("country is a name").hasSizeGreaterThan(3).doesNotContain("/");
          assertThat(rs.getString("region")).isNotBlank();
        }
        String actor = rs.getString("actor1");
        if (actor != null) {
          assertThat(actor).as("an actor is no bare number").doesNotMatch("[\\d\\s,.]+");
        }
        String source = rs.getString("source");
        if (source != null) {
          assertThat(source).as("the outlet, not a file").doesNotContain("/");
        }
        assertThat(rs.getString("sitrep_origin")).isNotBlank();
        assertThat(rs.getString("sitrep_type"))
            .doesNotStartWith("APPEAL")
            .doesNotStartWith("THREAT")
            .doesNotStartWith("DENIAL");
      }
      assertThat(rows).isPositive();
      assertThat(withIso).isPositive();
      assertThat(md.getColumnCount()).isEqualTo(org.sitrep.store.Exporter.CSV_COLUMNS.size());
    }
  }

  @Test
  void familiesAcledDoesNotCodeAreKeptOnlyWhenAskedAndNeverBlank() throws Exception {
    Path all = export("--all-families");
    Path coded = export();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      long n;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + typedRead(all) + ")")) {
        rs.next();
        n = rs.getLong(1);
      }
      long m;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + typedRead(coded) + ")")) {
        rs.next();
        m = rs.getLong(1);
      }
      assertThat(n).isGreaterThan(m);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM ("
                  + typedRead(all)
                  + ") WHERE event_type IS NULL OR event_type = ''"
                  + " OR (split_part(sitrep_type, '.', 1) IN ('APPEAL', 'THREAT', 'DENIAL')"
                  + " AND NOT (event_type = 'Strategic developments' AND sub_event_type = 'Other'))")) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
    }
  }
}
