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

  /** ACLED's columns first, in the order and with the names of ACLED's codebook, then sitrep's. */
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
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp",
          "sitrep_type",
          "sitrep_status",
          "sitrep_confidence",
          "sitrep_date_end",
          "sitrep_claimed_by",
          "sitrep_country_code",
          "sitrep_article_sha256",
          "sitrep_article_title",
          "sitrep_origin");

  /** The SQL type of each column, for Parquet (ACLED's documented types for its own columns). */
  static final Map<String, String> COLUMN_TYPES = columnTypes();

  private static Map<String, String> columnTypes() {
    Map<String, String> t = new LinkedHashMap<>();
    for (String c : CSV_COLUMNS) {
      t.put(c, "VARCHAR");
    }
    t.put("event_date", "DATE");
    t.put("year", "INTEGER");
    t.put("time_precision", "INTEGER");
    t.put("inter1", "INTEGER");
    t.put("inter2", "INTEGER");
    t.put("interaction", "INTEGER");
    t.put("iso", "INTEGER");
    t.put("latitude", "DOUBLE");
    t.put("longitude", "DOUBLE");
    t.put("geo_precision", "INTEGER");
    t.put("fatalities", "INTEGER");
    t.put("timestamp", "BIGINT");
    t.put("sitrep_confidence", "DOUBLE");
    t.put("sitrep_date_end", "DATE");
    return java.util.Collections.unmodifiableMap(t);
  }

  /** What ACLED does not code (statements, talks, aid…) gets, when kept: never a blank type. */
  static final String[] UNCODED = {"Strategic developments", "Other", "Strategic developments"};

  private static final ObjectMapper M = Json.mapper();
  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /**
   * Writes events matching the query (its page ignored) in the format. The CSV leaves out the
   * families ACLED does not code (appeals, threats, denials, talks…); JSON Lines, GeoJSON and
   * Parquet keep everything.
   */
  public void export(Format format, EventQuery q, OutputStream out) {
    export(format, q, out, false);
  }

  /**
   * As {@link #export(Format, EventQuery, OutputStream)}; with {@code allFamilies} the CSV keeps
   * the families ACLED does not code too, as "Strategic developments" / "Other".
   */
  public void export(Format format, EventQuery q, OutputStream out, boolean allFamilies) {
    try {
      switch (format) {
        case CSV ->
            csv(
                q,
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                allFamilies);
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

  private void csv(EventQuery q, Writer w, boolean allFamilies) throws IOException {
    w.write(String.join(",", CSV_COLUMNS));
    w.write("\r\n");
    forEachRow(
        q,
        row -> {
          if (!allFamilies && Boolean.TRUE.equals(row.get(UNCODED_KEY))) {
            return;
          }
          List<String> cells = new ArrayList<>();
          for (String col : CSV_COLUMNS) {
            cells.add(csvCell(row.get(col)));
          }
          w.write(String.join(",", cells));
          w.write("\r\n");
        });
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
      List<Map<String, Object>> rows = acledRows(q);
      long placeless =
          rows.stream()
              .filter(r -> r.get("latitude") == null || r.get("longitude") == null)
              .count();
      // how many matching events have no coordinates and so are not features (a foreign member)
      g.writeNumberField("sitrep_events", rows.size());
      g.writeNumberField("sitrep_left_out_without_coordinates", placeless);
      g.writeArrayFieldStart("features");
      for (Map<String, Object> row : rows) {
        if (row.get("latitude") == null || row.get("longitude") == null) {
          continue;
        }
        row.remove(UNCODED_KEY);
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

  private static void feature(JsonGenerator g, Map<String, Object> row) throws IOException {
    if (row.get("latitude") == null || row.get("longitude") == null) {
      return;
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
    String table = "export_" + Long.toHexString(System.nanoTime());
    try (Connection c = store.connection();
        Statement s = c.createStatement()) {
      StringBuilder cols = new StringBuilder();
      for (Map.Entry<String, String> col : COLUMN_TYPES.entrySet()) {
        cols.append(cols.length() == 0 ? "" : ", ")
            .append(col.getKey())
            .append(' ')
            .append(col.getValue());
      }
      s.execute("CREATE TEMP TABLE " + table + " (" + cols + ")");
      try {
        String marks = String.join(", ", java.util.Collections.nCopies(CSV_COLUMNS.size(), "?"));
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
          int[] batched = {0};
          forEachRow(
              q,
              row -> {
                try {
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
                  if (++batched[0] % 1000 == 0) {
                    ps.executeBatch(); // a thousand rows in memory at most
                  }
                } catch (SQLException e) {
                  throw new StoreException("cannot write Parquet", e);
                }
              });
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Events as ACLED-shaped rows, in date order. */
  public List<Map<String, Object>> acledRows(EventQuery q) {
    List<Map<String, Object>> rows = new ArrayList<>();
    try {
      forEachRow(q, rows::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Takes one exported row at a time. */
  @FunctionalInterface
  private interface RowSink {
    void accept(Map<String, Object> row) throws IOException;
  }

  /**
   * Hands each ACLED-shaped row to {@code sink} as it is read, in date order: an export streams,
   * holding one row at a time whatever the number of events.
   */
  private void forEachRow(EventQuery q, RowSink sink) throws IOException {
    EventQuery.Sql w = q.where();
    String sql =
        "SELECT "
            + StoreReader.EVENT_COLUMNS
            + ", a.origin, epoch(a.ingested_at) AS ingested_epoch"
            + " FROM events e JOIN articles a ON a.sha256 = e.article_sha256"
            + w.text()
            + " ORDER BY e.date_start NULLS LAST, e.uid";
    try (Connection c = store.connection();
        PreparedStatement ps = StoreReader.prepare(c, sql, w.params());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sink.accept(acledRow(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export events", e);
    }
  }

  /** How many events the query matches (its page ignored). */
  public long count(EventQuery q) {
    EventQuery.Sql w = q.where();
    try (Connection c = store.connection();
        PreparedStatement ps =
            StoreReader.prepare(c, "SELECT count(*) FROM events e" + w.text(), w.params());
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count events", e);
    }
  }

  /** A row key (not a column) marking an event of a family ACLED does not code. */
  static final String UNCODED_KEY = "__uncoded";

  private static Map<String, Object> acledRow(ResultSet rs) throws SQLException {
    Map<String, Object> r = new LinkedHashMap<>();
    String type = rs.getString("type");
    String[] acled = acledType(type);
    boolean uncoded = acled[0] == null;
    if (uncoded) {
      acled = UNCODED;
    }
    LocalDate start = rs.getObject("date_start", LocalDate.class);
    String code = rs.getString("country");
    java.util.Optional<org.sitrep.geo.Countries.Country> country =
        org.sitrep.geo.Countries.get().byCode(code);
    List<Party> actors = parties(rs.getString("actors"));
    List<Party> targets = parties(rs.getString("targets"));
    Integer inter1 = actors.isEmpty() ? null : actors.get(0).inter();
    Integer inter2 = targets.isEmpty() ? Integer.valueOf(0) : targets.get(0).inter();
    r.put("event_id_cnty", rs.getString("uid"));
    r.put("event_date", start);
    r.put("year", start == null ? null : start.getYear());
    r.put("time_precision", timePrecision(rs.getString("date_precision")));
    r.put("disorder_type", acled[2]);
    r.put("event_type", acled[0]);
    r.put("sub_event_type", acled[1]);
    r.put("actor1", actors.isEmpty() ? null : actors.get(0).name());
    r.put("assoc_actor_1", joined(actors));
    r.put("inter1", inter1);
    r.put("actor2", targets.isEmpty() ? null : targets.get(0).name());
    r.put("assoc_actor_2", joined(targets));
    r.put("inter2", inter1 == null || inter2 == null ? null : inter2);
    r.put("interaction", interaction(inter1, inter2));
    boolean civilians =
        "ATTACK.CIVILIANS".equals(type)
            || targets.stream().anyMatch(t -> "civilians".equals(t.category()));
    r.put("civilian_targeting", civilians ? "Civilian targeting" : null);
    r.put("iso", country.map(org.sitrep.geo.Countries.Country::isoNumeric).orElse(null));
    r.put("region", country.map(org.sitrep.geo.Countries.Country::region).orElse(null));
    r.put("country", country.map(org.sitrep.geo.Countries.Country::name).orElse(code));
    r.put("admin1", rs.getString("admin1"));
    r.put("admin2", null); // the store keeps no second- or third-order division yet
    r.put("admin3", null);
    r.put("location", rs.getString("place_name"));
    double lat = rs.getDouble("lat");
    r.put("latitude", rs.wasNull() ? null : lat);
    double lon = rs.getDouble("lon");
    r.put("longitude", rs.wasNull() ? null : lon);
    r.put("geo_precision", geoPrecision(rs.getString("geo_precision")));
    r.put("source", outlet(rs.getString("source")));
    r.put("source_scale", null); // sitrep does not know an outlet's reach
    r.put("notes", rs.getString("evidence_text"));
    long f = rs.getLong("fatalities");
    r.put("fatalities", rs.wasNull() ? 0 : (int) Math.min(Integer.MAX_VALUE, f));
    r.put("tags", null);
    long ts = rs.getLong("ingested_epoch");
    r.put("timestamp", rs.wasNull() ? null : ts);
    r.put("sitrep_type", type);
    r.put("sitrep_status", rs.getString("status"));
    r.put("sitrep_confidence", rs.getDouble("confidence"));
    r.put("sitrep_date_end", rs.getObject("date_end", LocalDate.class));
    r.put("sitrep_claimed_by", rs.getString("source_name"));
    r.put("sitrep_country_code", code);
    r.put("sitrep_article_sha256", rs.getString("article_sha256"));
    r.put("sitrep_article_title", rs.getString("title"));
    r.put("sitrep_origin", rs.getString("origin"));
    if (uncoded) {
      r.put(UNCODED_KEY, true);
    }
    return r;
  }

  /** An actor or target as ACLED lists it: name, sitrep category and ACLED actor-type code. */
  record Party(String name, String category) {
    Integer inter() {
      return interCode(category);
    }
  }

  private static String joined(List<Party> parties) {
    return parties.size() > 1
        ? String.join("; ", parties.subList(1, parties.size()).stream().map(Party::name).toList())
        : null;
  }

  /**
   * ACLED's actor-type code (inter1/inter2) for a sitrep category: 1 state forces (government,
   * police and officials act for the state), 2 rebel groups, 3 political militias, 7 civilians (aid
   * workers and journalists included, as ACLED codes them), 8 external/other forces (international
   * organisations); null when the category says nothing.
   */
  static Integer interCode(String category) {
    if (category == null) {
      return null;
    }
    return switch (category) {
      case "state-forces", "government", "police", "officials" -> 1;
      case "rebels" -> 2;
      case "militia" -> 3;
      case "civilians", "ngo", "media" -> 7;
      case "igo" -> 8;
      default -> null;
    };
  }

  /** ACLED's interaction code: the two actor types, lower first; one actor alone is X0. */
  static Integer interaction(Integer inter1, Integer inter2) {
    if (inter1 == null || inter2 == null) {
      return null;
    }
    return inter2 == 0 ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  }

  /**
   * The outlet an article came from: a URL's host, a name as given; null for a file path (that
   * stays in {@code sitrep_origin}).
   */
  static String outlet(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    String s = source.strip();
    if (s.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
      try {
        String host = java.net.URI.create(s).getHost();
        return host == null ? null : host.replaceFirst("^www\\.", "");
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    boolean path =
        s.contains("/")
            || s.contains("\\")
            || s.matches("(?i).*\\.(txt|text|html?|jsonl|ndjson|json|warc(\\.gz)?)$");
    return path ? null : s;
  }

  /** Participants with a name that is a name: a bare figure ("130") is no actor. */
  private static List<Party> parties(String json) {
    List<Party> out = new ArrayList<>();
    try {
      for (JsonNode n : M.readTree(json)) {
        String name = n.path("name").asText("").strip();
        if (name.isEmpty() || name.matches("[\\d\\s,.%+-]+")) {
          continue;
        }
        out.add(new Party(name, n.path("category").isNull() ? null : n.path("category").asText()));
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
