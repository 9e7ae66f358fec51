package org.sitrep.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.output.Json;

/**
 * Exports events: CSV with ACLED's column names where a column has a counterpart, GeoJSON points,
 * JSON Lines of the stored sitrep/v1 documents, and Parquet of the CSV's rows.
 */
public final class Exporter {
  /** Export formats. */
  public enum Format {
    CSV("text/csv; charset=utf-8", "csv"),
    GEOJSON("application/geo+json", "geojson"),
    JSONL("application/x-ndjson", "jsonl"),
    PARQUET("application/vnd.apache.parquet", "parquet"),
    /** Incidents, one a line (issue 12). */
    INCIDENTS("application/x-ndjson", "incidents.jsonl"),
    /** Incidents, one row each, ACLED's columns first. */
    INCIDENTS_CSV("text/csv; charset=utf-8", "incidents.csv");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public static Format parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "format must be csv, geojson, jsonl, parquet, incidents or incidents-csv, not " + s);
      }
    }
  }

  /** ACLED's columns first (same names), then sitrep's own. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "actor2",
          "assoc_actor_2",
          "iso",
          "country",
          "admin1",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "notes",
          "fatalities",
          "sitrep_type",
          "sitrep_status",
          "sitrep_confidence",
          "sitrep_date_end",
          "sitrep_article_sha256",
          "sitrep_article_title");

  private static final ObjectMapper M = Json.mapper();
  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /** Writes events matching the query (its page ignored) in the format. */
  public void export(Format format, EventQuery q, OutputStream out) {
    try {
      switch (format) {
        case CSV ->
            csv(q, new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        case GEOJSON -> geojson(q, out);
        case JSONL -> jsonl(q, out);
        case PARQUET -> parquet(q, out);
        case INCIDENTS -> new org.sitrep.incident.IncidentExporter(store).jsonl(q, out);
        case INCIDENTS_CSV -> new org.sitrep.incident.IncidentExporter(store).csv(q, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void csv(EventQuery q, Writer w) throws IOException {
    w.write(String.join(",", CSV_COLUMNS));
    w.write("\r\n");
    for (Map<String, Object> row : acledRows(q)) {
      List<String> cells = new ArrayList<>();
      for (String col : CSV_COLUMNS) {
        cells.add(csvCell(row.get(col)));
      }
      w.write(String.join(",", cells));
      w.write("\r\n");
    }
    w.flush();
  }

  static String csvCell(Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString();
    // a cell a spreadsheet would run as a formula is prefixed with a quote mark
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private void geojson(EventQuery q, OutputStream out) throws IOException {
    try (JsonGenerator g = M.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Map<String, Object> row : acledRows(q)) {
        if (row.get("latitude") == null || row.get("longitude") == null) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", (String) row.get("event_id_cnty"));
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber((Double) row.get("longitude"));
        g.writeNumber((Double) row.get("latitude"));
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectField("properties", row);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private void jsonl(EventQuery q, OutputStream out) throws IOException {
    EventQuery.Sql w = q.where();
    boolean all = w.text().isEmpty();
    String sql =
        all
            ? "SELECT analysis FROM articles ORDER BY published NULLS LAST, sha256"
            : "SELECT a.analysis FROM articles a WHERE a.sha256 IN (SELECT e.article_sha256 FROM events e"
                + w.text()
                + ") ORDER BY a.published NULLS LAST, a.sha256";
    try (Connection c = store.connection();
        PreparedStatement ps = StoreReader.prepare(c, sql, all ? List.of() : w.params());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.write(rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.write('\n');
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export articles", e);
    }
  }

  private void parquet(EventQuery q, OutputStream out) throws IOException {
    Path tmp = Files.createTempFile("sitrep-export-", ".parquet");
    try {
      writeParquet(q, tmp);
      Files.copy(tmp, out);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes the CSV's rows, typed, as a Parquet file. */
  public void writeParquet(EventQuery q, Path file) {
    List<Map<String, Object>> rows = acledRows(q);
    String table = "export_" + Long.toHexString(System.nanoTime());
    try (Connection c = store.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE "
              + table
              + " (event_id_cnty VARCHAR, event_date DATE, year INTEGER, time_precision INTEGER,"
              + " disorder_type VARCHAR, event_type VARCHAR, sub_event_type VARCHAR, actor1 VARCHAR,"
              + " assoc_actor_1 VARCHAR, actor2 VARCHAR, assoc_actor_2 VARCHAR, iso VARCHAR,"
              + " country VARCHAR, admin1 VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE,"
              + " geo_precision INTEGER, source VARCHAR, notes VARCHAR, fatalities BIGINT,"
              + " sitrep_type VARCHAR, sitrep_status VARCHAR, sitrep_confidence DOUBLE,"
              + " sitrep_date_end DATE, sitrep_article_sha256 VARCHAR, sitrep_article_title VARCHAR)");
      try {
        String marks = String.join(", ", java.util.Collections.nCopies(CSV_COLUMNS.size(), "?"));
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
          for (Map<String, Object> row : rows) {
            int i = 1;
            for (String col : CSV_COLUMNS) {
              Object v = row.get(col);
              if (v == null) {
                ps.setNull(i++, java.sql.Types.VARCHAR);
              } else {
                ps.setObject(i++, v);
              }
            }
            ps.addBatch();
          }
          ps.executeBatch();
        }
        // the path is ours (a temp file or the CLI's --out), quoted as an SQL string literal
        String path = file.toAbsolutePath().toString().replace("'", "''");
        s.execute("COPY " + table + " TO '" + path + "' (FORMAT PARQUET)");
      } finally {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write Parquet", e);
    }
  }

  /** Events as ACLED-shaped rows, in date order. */
  public List<Map<String, Object>> acledRows(EventQuery q) {
    EventQuery.Sql w = q.where();
    String sql =
        "SELECT "
            + StoreReader.EVENT_COLUMNS
            + " FROM events e JOIN articles a ON a.sha256 = e.article_sha256"
            + w.text()
            + " ORDER BY e.date_start NULLS LAST, e.uid";
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = store.connection();
        PreparedStatement ps = StoreReader.prepare(c, sql, w.params());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(acledRow(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export events", e);
    }
    return rows;
  }

  private static Map<String, Object> acledRow(ResultSet rs) throws SQLException {
    Map<String, Object> r = new LinkedHashMap<>();
    String type = rs.getString("type");
    String[] acled = acledType(type);
    LocalDate start = rs.getObject("date_start", LocalDate.class);
    String country = rs.getString("country");
    r.put("event_id_cnty", rs.getString("uid"));
    r.put("event_date", start);
    r.put("year", start == null ? null : start.getYear());
    r.put("time_precision", timePrecision(rs.getString("date_precision")));
    r.put("disorder_type", acled[2]);
    r.put("event_type", acled[0]);
    r.put("sub_event_type", acled[1]);
    List<String> actors = names(rs.getString("actors"));
    List<String> targets = names(rs.getString("targets"));
    r.put("actor1", actors.isEmpty() ? null : actors.get(0));
    r.put(
        "assoc_actor_1",
        actors.size() > 1 ? String.join("; ", actors.subList(1, actors.size())) : null);
    r.put("actor2", targets.isEmpty() ? null : targets.get(0));
    r.put(
        "assoc_actor_2",
        targets.size() > 1 ? String.join("; ", targets.subList(1, targets.size())) : null);
    r.put("iso", country);
    r.put("country", country);
    r.put("admin1", rs.getString("admin1"));
    r.put("location", rs.getString("place_name"));
    double lat = rs.getDouble("lat");
    r.put("latitude", rs.wasNull() ? null : lat);
    double lon = rs.getDouble("lon");
    r.put("longitude", rs.wasNull() ? null : lon);
    r.put("geo_precision", geoPrecision(rs.getString("geo_precision")));
    String outlet = rs.getString("source");
    String claimant = rs.getString("source_name");
    r.put(
        "source", outlet == null ? claimant : claimant == null ? outlet : outlet + "; " + claimant);
    r.put("notes", rs.getString("evidence_text"));
    long f = rs.getLong("fatalities");
    r.put("fatalities", rs.wasNull() ? 0L : f);
    r.put("sitrep_type", type);
    r.put("sitrep_status", rs.getString("status"));
    r.put("sitrep_confidence", rs.getDouble("confidence"));
    r.put("sitrep_date_end", rs.getObject("date_end", LocalDate.class));
    r.put("sitrep_article_sha256", rs.getString("article_sha256"));
    r.put("sitrep_article_title", rs.getString("title"));
    return r;
  }

  private static List<String> names(String json) {
    List<String> out = new ArrayList<>();
    try {
      for (JsonNode n : M.readTree(json)) {
        out.add(n.path("name").asText());
      }
    } catch (IOException e) {
      throw new IllegalStateException("stored participants are malformed", e);
    }
    return out;
  }

  /** ACLED event type, sub-event type and disorder type for a sitrep type (taxonomy.md). */
  static String[] acledType(String type) {
    return switch (type) {
      case "ATTACK.SHELLING" ->
          new String[] {
            "Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence"
          };
      case "ATTACK.AIRSTRIKE" ->
          new String[] {"Explosions/Remote violence", "Air/drone strike", "Political violence"};
      case "ATTACK.EXPLOSIVE" ->
          new String[] {
            "Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence"
          };
      case "ATTACK.CIVILIANS" ->
          new String[] {"Violence against civilians", "Attack", "Political violence"};
      case "CLASH" -> new String[] {"Battles", "Armed clash", "Political violence"};
      case "TERRITORY.TAKEN" ->
          new String[] {"Battles", "Non-state actor overtakes territory", "Political violence"};
      case "TERRITORY.REPELLED" ->
          new String[] {"Battles", "Government regains territory", "Political violence"};
      case "TERRITORY.ENCIRCLED", "EVACUATION" ->
          new String[] {"Strategic developments", "Other", "Strategic developments"};
      case "DETENTION" ->
          new String[] {"Strategic developments", "Arrests", "Strategic developments"};
      case "CEASEFIRE", "AGREEMENT" ->
          new String[] {"Strategic developments", "Agreement", "Strategic developments"};
      case "SERVICES_DISRUPTED" ->
          new String[] {
            "Strategic developments", "Looting/property destruction", "Strategic developments"
          };
      case "PROTEST" -> new String[] {"Protests", "Peaceful protest", "Demonstrations"};
      default -> new String[] {null, null, null};
    };
  }

  static Integer timePrecision(String p) {
    if (p == null) {
      return null;
    }
    return switch (p) {
      case "day" -> 1;
      case "week" -> 2;
      case "month", "year" -> 3;
      default -> null;
    };
  }

  static Integer geoPrecision(String p) {
    if (p == null) {
      return null;
    }
    return switch (p) {
      case "site", "city" -> 1;
      case "region" -> 2;
      case "admin1", "country" -> 3;
      default -> null;
    };
  }
}
