package org.sitrep.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.output.Json;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * Reads incidents as JSON for the API, the exports and the evaluation. An incident matches a filter
 * when one of its reports (events) does; the filter is the events' ({@link EventQuery}).
 */
public final class IncidentReader {
  static final String COLUMNS =
      "i.id, i.family, i.type, i.status, i.date_start, i.date_end, i.place_name, i.lat, i.lon,"
          + " i.country, i.admin1, i.geo_precision, i.reports, i.outlets, i.sources, i.fatalities,"
          + " i.fatalities_min, i.fatalities_max, i.contested, i.confidence, i.counts";

  private static final ObjectMapper M = Json.mapper();
  private final Store store;

  public IncidentReader(Store store) {
    this.store = store;
  }

  /** The incidents' WHERE clause for an event filter: those with a matching report. */
  static EventQuery.Sql where(EventQuery q) {
    EventQuery.Sql w = q.where();
    if (w.text().isEmpty()) {
      return w;
    }
    return new EventQuery.Sql(
        " WHERE i.id IN (SELECT ie.incident_id FROM incident_events ie"
            + " JOIN events e ON e.uid = ie.event_uid"
            + w.text()
            + ")",
        w.params());
  }

  /** The ORDER BY of incidents for the events' sort. */
  static String order(EventQuery.Sort sort) {
    return switch (sort) {
      case DATE_ASC -> "i.date_start ASC NULLS LAST, i.id";
      case CONFIDENCE_DESC -> "i.confidence DESC, i.id";
      case FATALITIES_DESC -> "i.fatalities DESC NULLS LAST, i.id";
      case TYPE -> "i.type, i.date_start DESC NULLS LAST, i.id";
      default -> "i.date_start DESC NULLS LAST, i.id";
    };
  }

  /**
   * One page of incidents: {@code {total, limit, offset, items: [...]}}. The total comes with the
   * page (a window count over the filtered incidents), so the filter runs once; only a page past
   * the end asks for it on its own.
   */
  public ObjectNode incidents(EventQuery q) {
    EventQuery.Sql w = where(q);
    ObjectNode out = M.createObjectNode();
    try (Connection c = store.connection()) {
      List<Object> params = new ArrayList<>(w.params());
      params.add(q.limit());
      params.add(q.offset());
      ArrayNode items = M.createArrayNode();
      long total = -1;
      String sql =
          "SELECT "
              + COLUMNS
              + ", count(*) OVER () FROM incidents i"
              + w.text()
              + " ORDER BY "
              + order(q.sort())
              + " LIMIT ? OFFSET ?";
      try (PreparedStatement ps = prepare(c, sql, params);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(summary(rs, false));
          total = rs.getLong(22);
        }
      }
      if (total < 0) {
        try (PreparedStatement ps =
                prepare(c, "SELECT count(*) FROM incidents i" + w.text(), w.params());
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      out.put("total", total);
      out.put("limit", q.limit());
      out.put("offset", q.offset());
      out.set("items", items);
    } catch (SQLException e) {
      throw new StoreException("cannot query incidents", e);
    }
    return out;
  }

  /**
   * One incident: its summary, every report side by side (event, article, outlet, evidence
   * sentences, figures, why it joined), the claims per count kind and every link with its reasons.
   */
  public Optional<ObjectNode> incident(String id) {
    try (Connection c = store.connection()) {
      ObjectNode inc;
      try (PreparedStatement ps =
              prepare(c, "SELECT " + COLUMNS + " FROM incidents i WHERE i.id = ?", List.of(id));
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        inc = summary(rs, true);
      }
      ArrayNode reports = inc.putArray("reports");
      Map<String, ObjectNode> byUid = new HashMap<>();
      String sql =
          "SELECT e.uid, e.type, e.status, e.date_start, e.date_end, e.date_text, e.place_name,"
              + " e.lat, e.lon, e.actors, e.source_name, e.confidence, e.evidence, e.fatalities,"
              + " a.sha256, a.id, a.title, a.published, a.source, a.text, ie.link_rule,"
              + " ie.link_score FROM incident_events ie JOIN events e ON e.uid = ie.event_uid"
              + " JOIN articles a ON a.sha256 = e.article_sha256 WHERE ie.incident_id = ?"
              + " ORDER BY a.published NULLS LAST, e.uid";
      try (PreparedStatement ps = prepare(c, sql, List.of(id));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode r = reports.addObject();
          r.put("event", rs.getString(1));
          r.put("type", rs.getString(2));
          r.put("status", rs.getString(3));
          ObjectNode d = r.putObject("date");
          putDate(d, "start", rs.getObject(4, LocalDate.class));
          putDate(d, "end", rs.getObject(5, LocalDate.class));
          d.put("text", rs.getString(6));
          r.put("place", rs.getString(7));
          putNumber(r, "lat", rs.getObject(8, Double.class));
          putNumber(r, "lon", rs.getObject(9, Double.class));
          r.set("actors", tree(rs.getString(10)));
          r.put("source", rs.getString(11));
          r.put("confidence", rs.getDouble(12));
          putNumber(r, "fatalities", rs.getObject(14, Long.class));
          ObjectNode a = r.putObject("article");
          a.put("sha256", rs.getString(15));
          a.put("document", rs.getString(16));
          a.put("title", rs.getString(17));
          putDate(a, "published", rs.getObject(18, LocalDate.class));
          a.put("outlet", org.sitrep.link.Outlets.of(rs.getString(19)));
          a.put("source", rs.getString(19));
          String text = rs.getString(20);
          ArrayNode sentences = r.putArray("evidence");
          for (JsonNode span : tree(rs.getString(13))) {
            int s = Math.max(0, Math.min(span.path("start").asInt(), text.length()));
            int e = Math.max(s, Math.min(span.path("end").asInt(), text.length()));
            ObjectNode o = sentences.addObject();
            o.put("start", s);
            o.put("end", e);
            o.put("text", text.substring(s, e));
          }
          ObjectNode why = r.putObject("linked_by");
          why.put("rule", rs.getString(21));
          putNumber(why, "score", rs.getObject(22, Double.class));
          r.putArray("counts");
          byUid.put(rs.getString(1), r);
        }
      }
      try (PreparedStatement ps =
              prepare(
                  c,
                  "SELECT k.event_uid, k.kind, k.value, k.min, k.max, k.text FROM counts k"
                      + " JOIN incident_events ie ON ie.event_uid = k.event_uid"
                      + " WHERE ie.incident_id = ? ORDER BY k.event_uid, k.n",
                  List.of(id));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode k = ((ArrayNode) byUid.get(rs.getString(1)).get("counts")).addObject();
          k.put("kind", rs.getString(2));
          putNumber(k, "value", rs.getObject(3, Long.class));
          putNumber(k, "min", rs.getObject(4, Long.class));
          putNumber(k, "max", rs.getObject(5, Long.class));
          k.put("text", rs.getString(6));
        }
      }
      ArrayNode links = inc.putArray("links");
      try (PreparedStatement ps =
              prepare(
                  c,
                  "SELECT l.event_a, l.event_b, l.score, l.rule, l.detail FROM incident_links l"
                      + " JOIN incident_events x ON x.event_uid = l.event_a"
                      + " JOIN incident_events y ON y.event_uid = l.event_b"
                      + " WHERE x.incident_id = ? AND y.incident_id = ? ORDER BY l.score DESC, 1, 2",
                  List.of(id, id));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode l = links.addObject();
          l.put("a", rs.getString(1));
          l.put("b", rs.getString(2));
          l.put("score", rs.getDouble(3));
          l.put("rule", rs.getString(4));
          l.set("detail", tree(rs.getString(5)));
        }
      }
      return Optional.of(inc);
    } catch (SQLException e) {
      throw new StoreException("cannot read incident " + id, e);
    }
  }

  /**
   * Every incident of a family, as the document ids of its reports and its count claims: for the
   * evaluation of linking.
   */
  public List<Members> members(String family) {
    List<Members> out = new ArrayList<>();
    String sql =
        "SELECT i.id, list(DISTINCT a.id ORDER BY a.id), i.counts FROM incidents i"
            + " JOIN incident_events ie ON ie.incident_id = i.id"
            + " JOIN articles a ON a.sha256 = ie.article_sha256"
            + " WHERE i.family = ? GROUP BY i.id, i.counts ORDER BY i.id";
    try (Connection c = store.connection();
        PreparedStatement ps = prepare(c, sql, List.of(family));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<String> docs = new ArrayList<>();
        for (Object o : (Object[]) rs.getArray(2).getArray()) {
          docs.add(String.valueOf(o));
        }
        JsonNode killed = tree(rs.getString(3)).path("killed");
        List<Long> claims = new ArrayList<>();
        for (JsonNode cl : killed.path("claims")) {
          claims.add(cl.path("max").asLong());
        }
        out.add(new Members(rs.getString(1), docs, claims));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list incidents", e);
    }
    return out;
  }

  /** An incident's reporting documents and its killed claims (each claim's highest figure). */
  public record Members(String id, List<String> documents, List<Long> killedClaims) {}

  static ObjectNode summary(ResultSet rs, boolean claims) throws SQLException {
    ObjectNode o = M.createObjectNode();
    o.put("id", rs.getString(1));
    o.put("family", rs.getString(2));
    o.put("type", rs.getString(3));
    o.put("status", rs.getString(4));
    ObjectNode d = o.putObject("date");
    putDate(d, "start", rs.getObject(5, LocalDate.class));
    putDate(d, "end", rs.getObject(6, LocalDate.class));
    if (rs.getString(7) == null) {
      o.putNull("place");
    } else {
      ObjectNode p = o.putObject("place");
      p.put("name", rs.getString(7));
      putNumber(p, "lat", rs.getObject(8, Double.class));
      putNumber(p, "lon", rs.getObject(9, Double.class));
      p.put("country", rs.getString(10));
      p.put("admin1", rs.getString(11));
      p.put("precision", rs.getString(12));
    }
    o.put("reports", rs.getInt(13));
    o.put("outlets", rs.getInt(14));
    o.put("sources", rs.getInt(15));
    o.put("single_source", rs.getInt(14) <= 1);
    ObjectNode f = o.putObject("fatalities");
    putNumber(f, "value", rs.getObject(16, Long.class));
    putNumber(f, "min", rs.getObject(17, Long.class));
    putNumber(f, "max", rs.getObject(18, Long.class));
    o.put("contested", rs.getBoolean(19));
    o.put("confidence", rs.getDouble(20));
    JsonNode counts = tree(rs.getString(21));
    if (!claims) {
      for (JsonNode k : counts) {
        ((ObjectNode) k).put("claims_count", k.path("claims").size());
        ((ObjectNode) k).remove("claims");
      }
    }
    o.set("counts", counts);
    return o;
  }

  static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    int i = 1;
    for (Object p : params) {
      if (p == null) {
        ps.setNull(i++, java.sql.Types.VARCHAR);
      } else {
        ps.setObject(i++, p);
      }
    }
    return ps;
  }

  static JsonNode tree(String json) {
    try {
      return json == null ? M.nullNode() : M.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is malformed", e);
    }
  }

  static void putDate(ObjectNode o, String k, LocalDate d) {
    if (d == null) {
      o.putNull(k);
    } else {
      o.put(k, d.toString());
    }
  }

  static void putNumber(ObjectNode o, String k, Object v) {
    if (v == null) {
      o.putNull(k);
    } else if (v instanceof Long l) {
      o.put(k, l);
    } else {
      o.put(k, ((Number) v).doubleValue());
    }
  }
}
