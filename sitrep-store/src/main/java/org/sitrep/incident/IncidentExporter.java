package org.sitrep.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.link.Outlets;
import org.sitrep.output.Json;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * Incident exports: JSON Lines, one incident a line ({@code id, family, type, date, place, reports,
 * counts, confidence}), and a CSV in ACLED's shape, one row per incident, with {@code source}
 * listing the outlets and {@code fatalities} the conservative figure, then sitrep's own columns
 * ({@code fatalities_min}, {@code fatalities_max}, {@code contested}, {@code reports}...).
 */
public final class IncidentExporter {
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
          "iso",
          "country",
          "admin1",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "fatalities_min",
          "fatalities_max",
          "contested",
          "reports",
          "outlets",
          "attributed_sources",
          "single_source",
          "sitrep_type",
          "sitrep_status",
          "sitrep_confidence",
          "sitrep_date_end");

  private static final ObjectMapper M = Json.mapper();
  private final Store store;

  public IncidentExporter(Store store) {
    this.store = store;
  }

  /** The incidents matching the filter (its page ignored), oldest first, as JSON objects. */
  public List<ObjectNode> incidents(EventQuery q) {
    EventQuery.Sql w = IncidentReader.where(q);
    List<ObjectNode> out = new ArrayList<>();
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    try (Connection c = store.connection()) {
      try (PreparedStatement ps =
              IncidentReader.prepare(
                  c,
                  "SELECT "
                      + IncidentReader.COLUMNS
                      + " FROM incidents i"
                      + w.text()
                      + " ORDER BY i.date_start NULLS LAST, i.id",
                  w.params());
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode o = IncidentReader.summary(rs, true);
          o.putArray("reports");
          byId.put(o.get("id").asText(), o);
          out.add(o);
        }
      }
      String sql =
          "SELECT ie.incident_id, a.id, e.uid, a.source, e.source_name, a.published, a.title,"
              + " e.actors FROM incident_events ie JOIN events e ON e.uid = ie.event_uid"
              + " JOIN articles a ON a.sha256 = ie.article_sha256"
              + (w.text().isEmpty()
                  ? ""
                  : " WHERE ie.incident_id IN (SELECT i.id FROM incidents i" + w.text() + ")")
              + " ORDER BY ie.incident_id, a.published NULLS LAST, e.uid";
      try (PreparedStatement ps = IncidentReader.prepare(c, sql, w.params());
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode inc = byId.get(rs.getString(1));
          if (inc == null) {
            continue;
          }
          ObjectNode r = ((ArrayNode) inc.get("reports")).addObject();
          r.put("document", rs.getString(2));
          r.put("event", rs.getString(3));
          r.put("outlet", Outlets.of(rs.getString(4)));
          r.put("source", rs.getString(5));
          IncidentReader.putDate(r, "published", rs.getObject(6, LocalDate.class));
          r.put("title", rs.getString(7));
          r.set("actors", IncidentReader.tree(rs.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export incidents", e);
    }
    return out;
  }

  /** One incident a line. */
  public void jsonl(EventQuery q, OutputStream out) {
    try {
      for (ObjectNode o : incidents(q)) {
        for (JsonNode r : o.get("reports")) {
          ((ObjectNode) r).remove("actors");
        }
        out.write(M.writeValueAsBytes(o));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row per incident, ACLED's columns first. */
  public void csv(EventQuery q, OutputStream stream) {
    try {
      Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      w.write(String.join(",", CSV_COLUMNS));
      w.write("\r\n");
      for (ObjectNode o : incidents(q)) {
        Map<String, Object> row = row(o);
        List<String> cells = new ArrayList<>();
        for (String col : CSV_COLUMNS) {
          cells.add(cell(row.get(col)));
        }
        w.write(String.join(",", cells));
        w.write("\r\n");
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> row(ObjectNode o) {
    Map<String, Object> row = new LinkedHashMap<>();
    String type = o.get("type").asText();
    String start = o.path("date").path("start").asText(null);
    String end = o.path("date").path("end").asText(null);
    row.put("event_id_cnty", o.get("id").asText());
    row.put("event_date", start);
    row.put("year", start == null ? null : start.substring(0, 4));
    row.put("time_precision", start == null ? 3 : start.equals(end) ? 1 : 2);
    row.put("disorder_type", disorder(o.get("family").asText()));
    row.put("event_type", o.get("family").asText());
    row.put("sub_event_type", type);
    Set<String> actors = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    for (JsonNode r : o.get("reports")) {
      for (JsonNode a : r.path("actors")) {
        if (a.hasNonNull("name")) {
          actors.add(a.get("name").asText());
        }
      }
      outlets.add(
          r.hasNonNull("outlet")
              ? r.get("outlet").asText()
              : "document " + r.get("document").asText());
      if (r.hasNonNull("title")) {
        titles.add(r.get("title").asText());
      }
    }
    row.put("actor1", actors.isEmpty() ? null : actors.iterator().next());
    JsonNode p = o.get("place");
    row.put("iso", p == null || p.isNull() ? null : p.path("country").asText(null));
    row.put("country", p == null || p.isNull() ? null : p.path("country").asText(null));
    row.put("admin1", p == null || p.isNull() ? null : p.path("admin1").asText(null));
    row.put("location", p == null || p.isNull() ? null : p.path("name").asText(null));
    row.put(
        "latitude",
        p == null || p.isNull() || !p.path("lat").isNumber() ? null : p.get("lat").asDouble());
    row.put(
        "longitude",
        p == null || p.isNull() || !p.path("lon").isNumber() ? null : p.get("lon").asDouble());
    row.put("geo_precision", p == null || p.isNull() ? null : p.path("precision").asText(null));
    row.put("source", String.join("; ", outlets));
    row.put("source_scale", outlets.size() > 1 ? "Multiple" : "Single");
    row.put("notes", String.join(" | ", titles));
    JsonNode f = o.get("fatalities");
    row.put("fatalities", f.path("value").isNumber() ? f.get("value").asLong() : 0L);
    row.put("fatalities_min", f.path("min").isNumber() ? f.get("min").asLong() : null);
    row.put("fatalities_max", f.path("max").isNumber() ? f.get("max").asLong() : null);
    row.put("contested", o.get("contested").asBoolean());
    row.put("reports", o.get("reports").size());
    row.put("outlets", o.get("outlets").asInt());
    row.put("attributed_sources", o.get("sources").asInt());
    row.put("single_source", o.get("single_source").asBoolean());
    row.put("sitrep_type", type);
    row.put("sitrep_status", o.get("status").asText());
    row.put("sitrep_confidence", o.get("confidence").asDouble());
    row.put("sitrep_date_end", end);
    return row;
  }

  private static String disorder(String family) {
    return switch (family.toUpperCase(Locale.ROOT)) {
      case "ATTACK", "CLASH" -> "Political violence";
      case "PROTEST" -> "Demonstrations";
      default -> "Strategic developments";
    };
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString();
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
