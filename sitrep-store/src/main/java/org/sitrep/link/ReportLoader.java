package org.sitrep.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.output.Json;

/**
 * Reads events as {@link Report}s. A new article's events come from the store's event tables and
 * are copied, once, into {@code incident_reports}, one row each; rivals and incident members are
 * read from that table alone.
 */
final class ReportLoader {
  private static final String FROM_EVENTS =
      "SELECT e.uid, e.article_sha256, a.id, e.family, e.type, e.status, e.date_start,"
          + " e.date_end, e.place_name, p.geonames_id, e.lat, e.lon, e.country, e.admin1,"
          + " e.geo_precision, e.actors, e.source_name, a.source, a.published, a.title,"
          + " e.confidence, e.evidence_text, e.evidence FROM events e"
          + " JOIN articles a ON a.sha256 = e.article_sha256"
          + " LEFT JOIN places p ON p.article_sha256 = e.article_sha256 AND p.id = e.place_id"
          + " WHERE e.article_sha256 = ? ORDER BY e.uid";

  private static final String FROM_REPORTS =
      "SELECT uid, article_sha256, document_id, family, type, status, first_day, last_day, dated,"
          + " place_name, geonames_id, lat, lon, country, admin1, geo_precision, actors,"
          + " source_name, outlet, published, title, confidence, evidence_text, figures, lead"
          + " FROM incident_reports";

  private ReportLoader() {}

  /** The events of one article, in uid order, read from the event tables and kept for linking. */
  static List<Report> ofArticle(Connection c, String sha) throws SQLException {
    List<Report> read = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Map<String, List<Report.Figure>> figures = figures(c, sha);
    try (PreparedStatement ps = c.prepareStatement(FROM_EVENTS)) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          read.add(fromEvent(rs, figures.getOrDefault(rs.getString(1), List.of())));
          starts.add(firstStart(rs.getString(23)));
        }
      }
    }
    List<Report> out = Leads.mark(read, starts);
    save(c, out);
    return out;
  }

  /**
   * The events of one analysed article (as it was just stored), kept for linking; the same reports
   * {@link #ofArticle(Connection, String)} reads back from the store.
   */
  static List<Report> ofAnalysis(Connection c, org.sitrep.model.Analysis a) throws SQLException {
    List<Report> out = of(a);
    save(c, out);
    return out;
  }

  /** The events of one analysed article as reports, in uid order (nothing is written). */
  static List<Report> of(org.sitrep.model.Analysis a) {
    var d = a.document();
    Map<String, org.sitrep.model.Place> places = new HashMap<>();
    for (org.sitrep.model.Place p : a.places()) {
      places.put(p.id(), p);
    }
    List<Report> out = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (org.sitrep.model.Event e : a.events()) {
      starts.add(e.evidence().isEmpty() ? Integer.MAX_VALUE : e.evidence().get(0).start());
      org.sitrep.model.Place p = e.place() == null ? null : places.get(e.place());
      LocalDate start = e.date() == null ? null : e.date().start();
      LocalDate end = e.date() == null ? null : e.date().end();
      boolean dated = start != null;
      LocalDate first = dated ? start : d.published() == null ? null : d.published().minusDays(1);
      LocalDate last = dated ? (end == null ? start : end) : d.published();
      List<String> actors = new ArrayList<>();
      for (org.sitrep.model.Participant x : e.actors()) {
        if (x.name() != null) {
          actors.add(x.name());
        }
      }
      List<Report.Figure> figures = new ArrayList<>();
      for (org.sitrep.model.Count k : e.counts()) {
        figures.add(new Report.Figure(k.kind(), k.value(), k.min(), k.max(), k.text()));
      }
      out.add(
          new Report(
              org.sitrep.store.ArticleWriter.eventUid(d.sha256(), e.id()),
              d.sha256(),
              d.id(),
              e.family(),
              e.type(),
              e.status(),
              first,
              last,
              dated,
              p == null ? null : p.name(),
              p == null ? null : p.geonames_id(),
              p == null ? null : p.lat(),
              p == null ? null : p.lon(),
              p == null ? null : p.country(),
              p == null ? null : p.admin1(),
              p == null ? null : p.precision(),
              actors,
              e.source() == null ? null : e.source().name(),
              Outlets.of(d.source()),
              d.published(),
              d.title(),
              e.confidence(),
              org.sitrep.store.StoreRows.evidenceText(d.text(), e.evidence()),
              figures));
    }
    out = new ArrayList<>(Leads.mark(out, starts));
    out.sort(java.util.Comparator.comparing(Report::uid));
    return out;
  }

  /** The kept reports with these uids, in uid order. */
  static List<Report> ofUids(Connection c, Collection<String> uids) throws SQLException {
    List<Report> out = new ArrayList<>();
    List<String> all = new ArrayList<>(new TreeSet<>(uids));
    for (int i = 0; i < all.size(); i += 500) {
      List<String> part = all.subList(i, Math.min(all.size(), i + 500));
      out.addAll(
          query(
              c,
              FROM_REPORTS
                  + " WHERE uid IN ("
                  + String.join(", ", Collections.nCopies(part.size(), "?"))
                  + ") ORDER BY uid",
              part));
    }
    return out;
  }

  /** The kept reports whose first day is in [from, to), in uid order. */
  static List<Report> firstDayBetween(Connection c, LocalDate from, LocalDate to)
      throws SQLException {
    return query(
        c,
        FROM_REPORTS + " WHERE first_day >= ? AND first_day < ? ORDER BY uid",
        List.of(from, to));
  }

  /** Forgets every kept report (a full re-link reads them again from the events). */
  static void clear(Connection c) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("DELETE FROM incident_reports");
    }
  }

  static void save(Connection c, List<Report> reports) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Report r : reports) {
      rows.add(
          new Object[] {
            r.uid(),
            r.article(),
            r.documentId(),
            r.family(),
            r.type(),
            r.status(),
            r.first(),
            r.last(),
            r.datedByText(),
            r.placeName(),
            r.geonamesId(),
            r.lat(),
            r.lon(),
            r.country(),
            r.admin1(),
            r.precision(),
            json(r.actors()),
            r.source(),
            r.outlet(),
            r.published(),
            r.title(),
            r.confidence(),
            r.evidence() == null ? "" : r.evidence(),
            json(r.claims()),
            r.lead()
          });
    }
    Rows.append(c, "incident_reports", rows);
  }

  private static List<Report> query(Connection c, String sql, List<?> params) throws SQLException {
    List<Report> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (Object o : params) {
        ps.setObject(i++, o);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(fromKept(rs));
        }
      }
    }
    return out;
  }

  private static Report fromKept(ResultSet rs) throws SQLException {
    List<String> actors = new ArrayList<>();
    for (JsonNode n : tree(rs.getString(17))) {
      actors.add(n.asText());
    }
    List<Report.Figure> figures = new ArrayList<>();
    for (JsonNode n : tree(rs.getString(24))) {
      figures.add(
          new Report.Figure(
              n.path("kind").asText(),
              n.path("value").isNumber() ? n.get("value").asLong() : null,
              n.path("min").isNumber() ? n.get("min").asLong() : null,
              n.path("max").isNumber() ? n.get("max").asLong() : null,
              n.path("text").isTextual() ? n.get("text").asText() : null));
    }
    return new Report(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, LocalDate.class),
        rs.getObject(8, LocalDate.class),
        rs.getBoolean(9),
        rs.getString(10),
        rs.getObject(11, Long.class),
        rs.getObject(12, Double.class),
        rs.getObject(13, Double.class),
        rs.getString(14),
        rs.getString(15),
        rs.getString(16),
        actors,
        rs.getString(18),
        rs.getString(19),
        rs.getObject(20, LocalDate.class),
        rs.getString(21),
        rs.getDouble(22),
        rs.getString(23),
        figures,
        rs.getBoolean(25));
  }

  /** Where the first evidence sentence of a stored event starts, from its evidence JSON. */
  private static int firstStart(String evidenceJson) throws SQLException {
    JsonNode first = tree(evidenceJson).path(0);
    return first.path("start").isInt() ? first.get("start").asInt() : Integer.MAX_VALUE;
  }

  private static Map<String, List<Report.Figure>> figures(Connection c, String sha)
      throws SQLException {
    Map<String, List<Report.Figure>> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT k.event_uid, k.kind, k.value, k.min, k.max, k.text FROM counts k"
                + " JOIN events e ON e.uid = k.event_uid WHERE e.article_sha256 = ?"
                + " ORDER BY k.event_uid, k.n")) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), x -> new ArrayList<>())
              .add(
                  new Report.Figure(
                      rs.getString(2),
                      rs.getObject(3, Long.class),
                      rs.getObject(4, Long.class),
                      rs.getObject(5, Long.class),
                      rs.getString(6)));
        }
      }
    }
    return out;
  }

  private static Report fromEvent(ResultSet rs, List<Report.Figure> figures) throws SQLException {
    List<String> actors = new ArrayList<>();
    for (JsonNode n : tree(rs.getString(16))) {
      if (n.hasNonNull("name")) {
        actors.add(n.get("name").asText());
      }
    }
    LocalDate start = rs.getObject(7, LocalDate.class);
    LocalDate end = rs.getObject(8, LocalDate.class);
    LocalDate published = rs.getObject(19, LocalDate.class);
    boolean dated = start != null;
    LocalDate first = dated ? start : published == null ? null : published.minusDays(1);
    LocalDate last = dated ? (end == null ? start : end) : published;
    return new Report(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        first,
        last,
        dated,
        rs.getString(9),
        rs.getObject(10, Long.class),
        rs.getObject(11, Double.class),
        rs.getObject(12, Double.class),
        rs.getString(13),
        rs.getString(14),
        rs.getString(15),
        actors,
        rs.getString(17),
        Outlets.of(rs.getString(18)),
        published,
        rs.getString(20),
        rs.getDouble(21),
        rs.getString(22),
        figures);
  }

  private static JsonNode tree(String json) throws SQLException {
    try {
      return Json.mapper().readTree(json == null ? "[]" : json);
    } catch (JsonProcessingException e) {
      throw new SQLException("stored JSON is malformed: " + json, e);
    }
  }

  private static String json(Object o) {
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
