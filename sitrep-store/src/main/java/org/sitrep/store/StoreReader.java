package org.sitrep.store;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.output.Json;

/**
 * Reads the store back as JSON for the API and the web app: event pages, one event with its
 * evidence, article and provenance, places, quotes by speaker, a day histogram and facets. Every
 * statement is prepared; values go in as parameters.
 */
public final class StoreReader {
  static final String EVENT_COLUMNS =
      "e.uid, e.id, e.type, e.family, e.status, e.date_start, e.date_end, e.date_precision,"
          + " e.date_text, e.place_id, e.place_name, e.lat, e.lon, e.country, e.admin1,"
          + " e.geo_precision, e.actors, e.targets, e.source_name, e.source_entity, "
          + Headline.EVENT_KILLED
          + " AS fatalities,"
          + " e.confidence, e.evidence, e.evidence_text, e.article_sha256, a.title, a.published,"
          + " a.source";

  private static final ObjectMapper M = Json.mapper();
  private final Store store;

  public StoreReader(Store store) {
    this.store = store;
  }

  /** One page of events: {@code {total, limit, offset, items: [...]}}. */
  public ObjectNode events(EventQuery q) {
    EventQuery.Sql w = q.where();
    ObjectNode out = M.createObjectNode();
    try (Connection c = store.connection()) {
      try (PreparedStatement ps =
              prepare(c, "SELECT count(*) FROM events e" + w.text(), w.params());
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        out.put("total", rs.getLong(1));
      }
      out.put("limit", q.limit());
      out.put("offset", q.offset());
      ArrayNode items = out.putArray("items");
      List<Object> params = new ArrayList<>(w.params());
      params.add(q.limit());
      params.add(q.offset());
      String sql =
          "SELECT "
              + EVENT_COLUMNS
              + " FROM events e JOIN articles a ON a.sha256 = e.article_sha256"
              + w.text()
              + " ORDER BY "
              + q.sort().sql.replace("uid", "e.uid")
              + " LIMIT ? OFFSET ?";
      try (PreparedStatement ps = prepare(c, sql, params);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(eventRow(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot query events", e);
    }
    return out;
  }

  /** Events per day and family for the timeline, over the filter without its date range. */
  public ArrayNode histogram(EventQuery q) {
    EventQuery.Sql w = q.withoutDates().where();
    String sql =
        "SELECT e.date_start AS day, e.family, count(*) AS n FROM events e"
            + (w.text().isEmpty() ? " WHERE" : w.text() + " AND")
            + " e.date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2";
    return rows(
        sql,
        w.params(),
        "build the histogram",
        (o, rs) -> {
          o.put("day", rs.getObject(1, LocalDate.class).toString());
          o.put("family", rs.getString(2));
          o.put("n", rs.getLong(3));
        });
  }

  /**
   * Counts by family, type, status, country and division for the filter panel, and the header's
   * figures. Each facet is counted over the filter without its own constraint (the family facet
   * ignores the chosen families, the country facet the chosen countries, the status facet counts
   * every status, historical included), so that a chosen chip's neighbours stay visible and a
   * second is one click away.
   */
  public ObjectNode facets(EventQuery q) {
    EventQuery.Sql w = q.where();
    ObjectNode out = M.createObjectNode();
    try (Connection c = store.connection()) {
      facet(c, out, "family", q.withoutFamily().where());
      facet(c, out, "type", w);
      facet(c, out, "status", q.withoutStatus().where());
      facet(c, out, "country", q.withoutCountry().where());
      facet(c, out, "admin1", w);
      String sql =
          "SELECT count(*), count(DISTINCT article_sha256), coalesce(sum(killed), 0),"
              + " count(killed) FILTER (WHERE killed > 0), min(date_start),"
              + " max(coalesce(date_end, date_start)) FROM (SELECT e.article_sha256, e.date_start,"
              + " e.date_end, "
              + Headline.EVENT_KILLED
              + " AS killed FROM events e"
              + w.text()
              + ")";
      try (PreparedStatement ps = prepare(c, sql, w.params());
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        out.put("events", rs.getLong(1));
        out.put("articles", rs.getLong(2));
        out.put("fatalities", rs.getLong(3));
        out.put("fatalities_events", rs.getLong(4));
        out.put("fatalities_basis", Headline.BASIS);
        putDate(out, "first", rs.getObject(5, LocalDate.class));
        putDate(out, "last", rs.getObject(6, LocalDate.class));
      }
      try (PreparedStatement ps =
              prepare(
                  c,
                  "SELECT min(published), max(published) FROM articles a WHERE a.sha256 IN"
                      + " (SELECT e.article_sha256 FROM events e"
                      + w.text()
                      + ")",
                  w.params());
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        putDate(out, "first_published", rs.getObject(1, LocalDate.class));
        putDate(out, "last_published", rs.getObject(2, LocalDate.class));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot compute facets", e);
    }
    return out;
  }

  private static void facet(Connection c, ObjectNode out, String col, EventQuery.Sql w)
      throws SQLException {
    ObjectNode f = out.putObject(col);
    String sql =
        "SELECT e."
            + col
            + ", count(*) FROM events e"
            + w.text()
            + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50";
    try (PreparedStatement ps = prepare(c, sql, w.params());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        f.put(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2));
      }
    }
  }

  /** One event with its counts, evidence sentences, article, other sources and provenance. */
  public Optional<ObjectNode> event(String uid) {
    try (Connection c = store.connection()) {
      ObjectNode ev;
      try (PreparedStatement ps =
              prepare(
                  c,
                  "SELECT "
                      + EVENT_COLUMNS
                      + " FROM events e JOIN articles a ON a.sha256 = e.article_sha256 WHERE e.uid = ?",
                  List.of(uid));
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ev = eventRow(rs);
      }
      String sha = ev.path("article").path("sha256").asText();
      ArrayNode counts = ev.putArray("counts");
      try (PreparedStatement ps =
              prepare(
                  c,
                  "SELECT kind, value, min, max, approximate, text FROM counts WHERE event_uid = ? ORDER BY n",
                  List.of(uid));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode k = counts.addObject();
          k.put("kind", rs.getString(1));
          putLong(k, "value", rs, 2);
          putLong(k, "min", rs, 3);
          putLong(k, "max", rs, 4);
          k.put("approximate", rs.getBoolean(5));
          k.put("text", rs.getString(6));
        }
      }
      ObjectNode article = (ObjectNode) ev.get("article");
      try (PreparedStatement ps =
              prepare(
                  c,
                  "SELECT a.id, a.text, a.origin, a.ingested_at, p.id, p.sitrep_version, p.sitrep_commit,"
                      + " p.annotator, p.gazetteer, p.schema_name FROM articles a"
                      + " JOIN provenance p ON p.id = a.provenance_id WHERE a.sha256 = ?",
                  List.of(sha));
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        article.put("id", rs.getString(1));
        article.put("text", rs.getString(2));
        article.put("origin", rs.getString(3));
        article.put("ingested_at", String.valueOf(rs.getObject(4)));
        ObjectNode prov = ev.putObject("provenance");
        prov.put("id", rs.getString(5));
        prov.put("sitrep_version", rs.getString(6));
        prov.put("sitrep_commit", rs.getString(7));
        prov.put("annotator", rs.getString(8));
        prov.put("gazetteer", rs.getString(9));
        prov.put("schema", rs.getString(10));
        prov.put("article_sha256", sha);
      }
      ArrayNode sentences = ev.putArray("evidence_sentences");
      String text = article.get("text").asText();
      Set<String> rules = new LinkedHashSet<>();
      for (JsonNode span : ev.get("evidence")) {
        int s = Math.max(0, Math.min(span.get("start").asInt(), text.length()));
        int e = Math.max(s, Math.min(span.get("end").asInt(), text.length()));
        ObjectNode o = sentences.addObject();
        o.put("start", s);
        o.put("end", e);
        o.put("text", text.substring(s, e));
        JsonNode trigger = span.get("trigger");
        if (trigger != null && trigger.hasNonNull("start") && trigger.hasNonNull("end")) {
          int ts = trigger.get("start").asInt();
          int te = trigger.get("end").asInt();
          if (s <= ts && ts < te && te <= e) {
            ObjectNode t = o.putObject("trigger");
            t.put("start", ts);
            t.put("end", te);
            t.put("text", text.substring(ts, te));
          }
        }
        if (span.hasNonNull("rule")) {
          rules.add(span.get("rule").asText());
        }
      }
      // the rules that read the event, one per evidence sentence
      ObjectNode prov = (ObjectNode) ev.get("provenance");
      if (rules.isEmpty()) {
        prov.putNull("rule");
      } else {
        prov.put("rule", String.join(", ", rules));
      }
      ev.set("sources", otherSources(c, ev));
      return Optional.of(ev);
    } catch (SQLException e) {
      throw new StoreException("cannot read event " + uid, e);
    }
  }

  /** Every article reporting an event of the same type, place and day (the event's sources). */
  private ArrayNode otherSources(Connection c, ObjectNode ev) throws SQLException {
    ArrayNode out = M.createArrayNode();
    String sql =
        "SELECT DISTINCT a.sha256, a.title, a.source, a.published, e.uid FROM events e"
            + " JOIN articles a ON a.sha256 = e.article_sha256"
            + " WHERE e.type = ? AND e.date_start IS NOT DISTINCT FROM ? AND e.place_name IS NOT DISTINCT FROM ?"
            + " ORDER BY a.published NULLS LAST, a.sha256 LIMIT 50";
    List<Object> params = new ArrayList<>();
    params.add(ev.get("type").asText());
    JsonNode d = ev.path("date").path("start");
    params.add(d.isNull() || d.isMissingNode() ? null : LocalDate.parse(d.asText()));
    JsonNode p = ev.path("place").path("name");
    params.add(p.isNull() || p.isMissingNode() ? null : p.asText());
    try (PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ObjectNode o = out.addObject();
        o.put("sha256", rs.getString(1));
        o.put("title", rs.getString(2));
        o.put("source", rs.getString(3));
        putDate(o, "published", rs.getObject(4, LocalDate.class));
        o.put("event", rs.getString(5));
      }
    }
    return out;
  }

  /**
   * Places with how many events and articles name them, one row per GeoNames place (mentions of one
   * place under several spellings are one row; a place without an id is one row per name).
   */
  public ArrayNode places(String nameLike, int limit) {
    String key = "coalesce(CAST(p.geonames_id AS VARCHAR), 'name:' || lower(p.name))";
    String sql =
        "WITH keyed AS (SELECT "
            + key
            + " AS k, p.* FROM places p),"
            + " ev AS (SELECT kp.k, count(*) AS n FROM events e JOIN keyed kp"
            + " ON kp.article_sha256 = e.article_sha256 AND kp.id = e.place_id GROUP BY kp.k)"
            + " SELECT mode(kp.name), mode(kp.country), mode(kp.admin1), mode(kp.precision),"
            + " avg(kp.lat), avg(kp.lon), count(*) AS mentions, count(DISTINCT kp.article_sha256),"
            + " coalesce(any_value(ev.n), 0) AS events, any_value(kp.geonames_id)"
            + " FROM keyed kp LEFT JOIN ev ON ev.k = kp.k"
            + " WHERE (? IS NULL OR kp.name ILIKE ? ESCAPE '\\')"
            + " GROUP BY kp.k ORDER BY events DESC, mentions DESC, 1 LIMIT ?";
    String like = nameLike == null || nameLike.isBlank() ? null : "%" + escape(nameLike) + "%";
    List<Object> params = new ArrayList<>();
    params.add(like);
    params.add(like);
    params.add(limit);
    return rows(
        sql,
        params,
        "list places",
        (o, rs) -> {
          o.put("name", rs.getString(1));
          o.put("country", rs.getString(2));
          o.put("admin1", rs.getString(3));
          o.put("precision", rs.getString(4));
          putDouble(o, "lat", rs, 5);
          putDouble(o, "lon", rs, 6);
          o.put("mentions", rs.getLong(7));
          o.put("articles", rs.getLong(8));
          o.put("events", rs.getLong(9));
          putLong(o, "geonames_id", rs, 10);
        });
  }

  /** Speakers with how many quotes each has, most quoted first. */
  public ArrayNode speakers(int limit) {
    String sql =
        "SELECT coalesce(speaker_name, '(unattributed)'), count(*), count(DISTINCT article_sha256)"
            + " FROM quotes GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?";
    return rows(
        sql,
        List.of(limit),
        "list speakers",
        (o, rs) -> {
          o.put("speaker", rs.getString(1));
          o.put("quotes", rs.getLong(2));
          o.put("articles", rs.getLong(3));
        });
  }

  /** Quotes, optionally by one speaker (exact name; "(unattributed)" for none) and free text. */
  public ObjectNode quotes(String speaker, String text, int limit, int offset) {
    List<String> clauses = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (speaker != null && !speaker.isBlank()) {
      if (speaker.equals("(unattributed)")) {
        clauses.add("q.speaker_name IS NULL");
      } else {
        clauses.add("q.speaker_name = ?");
        params.add(speaker);
      }
    }
    if (text != null && !text.isBlank()) {
      clauses.add("q.text ILIKE ? ESCAPE '\\'");
      params.add("%" + escape(text) + "%");
    }
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    ObjectNode out = M.createObjectNode();
    try (Connection c = store.connection()) {
      try (PreparedStatement ps = prepare(c, "SELECT count(*) FROM quotes q" + where, params);
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        out.put("total", rs.getLong(1));
      }
      List<Object> p2 = new ArrayList<>(params);
      p2.add(limit);
      p2.add(offset);
      ArrayNode items = out.putArray("items");
      String sql =
          "SELECT q.id, q.text, q.speaker_name, q.speaker_entity, q.confidence, q.start_offset,"
              + " q.end_offset, a.sha256, a.title, a.published, a.source,"
              + " (SELECT role FROM entities en WHERE en.article_sha256 = q.article_sha256 AND en.id = q.speaker_entity),"
              + " q.rule FROM quotes q JOIN articles a ON a.sha256 = q.article_sha256"
              + where
              + " ORDER BY a.published DESC NULLS LAST, a.sha256, q.start_offset LIMIT ? OFFSET ?";
      try (PreparedStatement ps = prepare(c, sql, p2);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode o = items.addObject();
          o.put("id", rs.getString(1));
          o.put("text", rs.getString(2));
          ObjectNode sp = o.putObject("speaker");
          sp.put("name", rs.getString(3));
          sp.put("entity", rs.getString(4));
          sp.put("role", rs.getString(12));
          o.put("confidence", rs.getDouble(5));
          o.put("rule", rs.getString(13));
          o.put("start", rs.getInt(6));
          o.put("end", rs.getInt(7));
          ObjectNode a = o.putObject("article");
          a.put("sha256", rs.getString(8));
          a.put("title", rs.getString(9));
          putDate(a, "published", rs.getObject(10, LocalDate.class));
          a.put("source", rs.getString(11));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list quotes", e);
    }
    return out;
  }

  /** Articles, newest first. */
  public ObjectNode articles(int limit, int offset) {
    ObjectNode out = M.createObjectNode();
    try (Connection c = store.connection()) {
      try (PreparedStatement ps = prepare(c, "SELECT count(*) FROM articles", List.of());
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        out.put("total", rs.getLong(1));
      }
      ArrayNode items = out.putArray("items");
      String sql =
          "SELECT a.sha256, a.id, a.title, a.published, a.source,"
              + " (SELECT count(*) FROM events e WHERE e.article_sha256 = a.sha256),"
              + " (SELECT count(*) FROM quotes q WHERE q.article_sha256 = a.sha256)"
              + " FROM articles a ORDER BY a.published DESC NULLS LAST, a.sha256 LIMIT ? OFFSET ?";
      try (PreparedStatement ps = prepare(c, sql, List.of(limit, offset));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode o = items.addObject();
          o.put("sha256", rs.getString(1));
          o.put("id", rs.getString(2));
          o.put("title", rs.getString(3));
          putDate(o, "published", rs.getObject(4, LocalDate.class));
          o.put("source", rs.getString(5));
          o.put("events", rs.getLong(6));
          o.put("quotes", rs.getLong(7));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list articles", e);
    }
    return out;
  }

  /** The stored sitrep/v1 document of one article. */
  public Optional<JsonNode> analysis(String sha256) {
    try (Connection c = store.connection();
        PreparedStatement ps =
            prepare(c, "SELECT analysis FROM articles WHERE sha256 = ?", List.of(sha256));
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(M.readTree(rs.getString(1))) : Optional.empty();
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("cannot read article " + sha256, e);
    }
  }

  /** Failures recorded by ingests. */
  public ArrayNode failures() {
    return failures(true);
  }

  /**
   * Every failure recorded. Without {@code fullPaths} an origin is shown as its file name ({@code
   * docs.jsonl:12}), not the path it was read from, and the folders are cut from the reasons too.
   */
  public ArrayNode failures(boolean fullPaths) {
    ArrayNode out = M.createArrayNode();
    for (Store.Failure f : store.failures()) {
      ObjectNode o = out.addObject();
      o.put("origin", fullPaths ? f.origin() : fileName(f.origin()));
      o.put("id", f.articleId());
      o.put("reason", fullPaths ? f.reason() : withoutFolders(f.reason(), f.origin()));
    }
    return out;
  }

  /**
   * The last part of a path-like origin: {@code /data/in/docs.jsonl:12} gives {@code
   * docs.jsonl:12}.
   */
  static String fileName(String origin) {
    if (origin == null) {
      return null;
    }
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    return slash < 0 ? origin : origin.substring(slash + 1);
  }

  private static String withoutFolders(String reason, String origin) {
    if (reason == null || origin == null) {
      return reason;
    }
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    return slash <= 0 ? reason : reason.replace(origin.substring(0, slash + 1), "");
  }

  private static ObjectNode eventRow(ResultSet rs) throws SQLException {
    ObjectNode o = M.createObjectNode();
    o.put("id", rs.getString("uid"));
    o.put("local_id", rs.getString("id"));
    o.put("type", rs.getString("type"));
    o.put("family", rs.getString("family"));
    o.put("status", rs.getString("status"));
    ObjectNode d = o.putObject("date");
    putDate(d, "start", rs.getObject("date_start", LocalDate.class));
    putDate(d, "end", rs.getObject("date_end", LocalDate.class));
    d.put("precision", rs.getString("date_precision"));
    d.put("text", rs.getString("date_text"));
    if (rs.getString("place_id") == null) {
      o.putNull("place");
    } else {
      ObjectNode p = o.putObject("place");
      p.put("id", rs.getString("place_id"));
      p.put("name", rs.getString("place_name"));
      putDouble(p, "lat", rs, rs.findColumn("lat"));
      putDouble(p, "lon", rs, rs.findColumn("lon"));
      p.put("country", rs.getString("country"));
      p.put("admin1", rs.getString("admin1"));
      p.put("precision", rs.getString("geo_precision"));
    }
    o.set("actors", tree(rs.getString("actors")));
    o.set("targets", tree(rs.getString("targets")));
    if (rs.getString("source_name") == null) {
      o.putNull("source");
    } else {
      ObjectNode s = o.putObject("source");
      s.put("name", rs.getString("source_name"));
      s.put("entity", rs.getString("source_entity"));
    }
    putLong(o, "fatalities", rs, rs.findColumn("fatalities"));
    o.put("confidence", rs.getDouble("confidence"));
    o.set("evidence", tree(rs.getString("evidence")));
    o.put("evidence_text", rs.getString("evidence_text"));
    ObjectNode a = o.putObject("article");
    a.put("sha256", rs.getString("article_sha256"));
    a.put("title", rs.getString("title"));
    putDate(a, "published", rs.getObject("published", LocalDate.class));
    a.put("source", rs.getString("source"));
    return o;
  }

  /** Fills one JSON object from the current row. */
  @FunctionalInterface
  private interface Row {
    void fill(ObjectNode o, ResultSet rs) throws SQLException;
  }

  /** Runs a query and turns each row into an object of the returned array. */
  private ArrayNode rows(String sql, List<?> params, String what, Row row) {
    ArrayNode out = M.createArrayNode();
    try (Connection c = store.connection();
        PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        row.fill(out.addObject(), rs);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what, e);
    }
    return out;
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

  private static JsonNode tree(String json) {
    try {
      return json == null ? M.nullNode() : M.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is malformed", e);
    }
  }

  static String escape(String s) {
    return s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static void putDate(ObjectNode o, String k, LocalDate d) {
    if (d == null) {
      o.putNull(k);
    } else {
      o.put(k, d.toString());
    }
  }

  private static void putLong(ObjectNode o, String k, ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    if (rs.wasNull()) {
      o.putNull(k);
    } else {
      o.put(k, v);
    }
  }

  private static void putDouble(ObjectNode o, String k, ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    if (rs.wasNull()) {
      o.putNull(k);
    } else {
      o.put(k, v);
    }
  }
}
