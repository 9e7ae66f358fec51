package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.output.Json;

/**
 * Writes analyses into the store, one article per transaction: either every row of an article is
 * there or none is, so a process killed mid-batch leaves no half article behind. An article whose
 * text (sha256) is already stored is skipped. Not thread-safe: one writer per thread.
 */
public final class ArticleWriter implements AutoCloseable {
  private final Connection c;
  private final Clock clock;

  public ArticleWriter(Store store) {
    this(store, Clock.systemUTC());
  }

  public ArticleWriter(Store store, Clock clock) {
    this.c = store.connection();
    this.clock = clock;
  }

  /** The uid of an event: the first 16 hex digits of its article's sha256, a dash, its id. */
  public static String eventUid(String articleSha256, String eventId) {
    return articleSha256.substring(0, 16) + "-" + eventId;
  }

  /**
   * Stores one analysed article and all its facts in one transaction.
   *
   * @return false when an article with the same text was already stored (nothing is written)
   */
  public boolean save(Analysis a, String origin, Provenance p) {
    return save(a, origin, p, null);
  }

  /** More work for the transaction that stores an article, after its rows are written. */
  @FunctionalInterface
  public interface AlsoInTransaction {
    void run(Connection c, Analysis a) throws SQLException;
  }

  /**
   * Stores one analysed article and its facts, and does {@code also} (the linking stage) in the
   * same transaction. When {@code also} fails, the article is stored without it and the failure is
   * recorded: a failed later stage costs that stage, not the article.
   *
   * @return false when an article with the same text was already stored (nothing is written)
   */
  public boolean save(Analysis a, String origin, Provenance p, AlsoInTransaction also) {
    if (also != null) {
      try {
        return write(a, origin, p, also);
      } catch (StoreException e) {
        if (!(e.getCause() instanceof AlsoFailed)) {
          throw e;
        }
        boolean stored = write(a, origin, p, null);
        saveFailure(
            origin,
            a.document().id(),
            "linking failed (the article is stored, its events unlinked): "
                + e.getCause().getCause().getMessage());
        return stored;
      }
    }
    return write(a, origin, p, null);
  }

  /** What {@code also} threw, told apart from a failure to store the article itself. */
  private static final class AlsoFailed extends SQLException {
    AlsoFailed(Exception cause) {
      super(cause);
    }
  }

  private boolean write(Analysis a, String origin, Provenance p, AlsoInTransaction also) {
    String sha = a.document().sha256();
    try {
      c.setAutoCommit(false);
      try {
        if (exists(sha)) {
          c.rollback();
          return false;
        }
        saveProvenance(p);
        saveArticle(a, origin, p);
        saveEntities(sha, a.entities());
        Map<String, Place> places = new HashMap<>();
        for (Place pl : a.places()) {
          places.put(pl.id(), pl);
        }
        savePlaces(sha, a.places());
        saveEvents(sha, a, places);
        saveQuotes(sha, a.quotes());
        if (also != null) {
          try {
            also.run(c, a);
          } catch (SQLException | RuntimeException e) {
            throw new AlsoFailed(e);
          }
        }
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store article " + a.document().id(), e);
    }
  }

  /** Records an article that could not be read or analysed; the same failure is kept once. */
  public void saveFailure(String origin, String articleId, String reason) {
    String key = Cleaner.sha256(origin + "\u0000" + reason);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO failures (key, origin, article_id, reason, first_seen) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      ps.setString(1, key);
      ps.setString(2, origin);
      ps.setString(3, articleId);
      ps.setString(4, reason);
      ps.setTimestamp(5, Timestamp.from(clock.instant()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record the failure of " + origin, e);
    }
  }

  private boolean exists(String sha) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE sha256 = ?")) {
      ps.setString(1, sha);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void saveProvenance(Provenance p) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO provenance (id, sitrep_version, sitrep_commit, annotator, gazetteer, schema_name)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, p.id());
      ps.setString(2, p.sitrepVersion());
      ps.setString(3, p.sitrepCommit());
      ps.setString(4, p.annotator());
      ps.setString(5, p.gazetteer());
      ps.setString(6, Analysis.SCHEMA);
      ps.executeUpdate();
    }
  }

  private void saveArticle(Analysis a, String origin, Provenance p) throws SQLException {
    var d = a.document();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO articles (sha256, id, title, published, source, origin, text, analysis,"
                + " provenance_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, d.sha256());
      ps.setString(2, d.id());
      ps.setString(3, d.title());
      setDate(ps, 4, d.published());
      ps.setString(5, d.source());
      ps.setString(6, origin);
      ps.setString(7, d.text());
      ps.setString(8, Json.line(a));
      ps.setString(9, p.id());
      ps.setTimestamp(10, Timestamp.from(clock.instant()));
      ps.executeUpdate();
    }
  }

  private void saveEntities(String sha, List<Entity> entities) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Entity e : entities) {
        ps.setString(1, sha);
        ps.setString(2, e.id());
        ps.setString(3, e.kind().name());
        ps.setString(4, e.name());
        ps.setString(5, e.role());
        ps.setInt(6, e.mentions().size());
        ps.setString(7, json(e.mentions()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void savePlaces(String sha, List<Place> places) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Place p : places) {
        ps.setString(1, sha);
        ps.setString(2, p.id());
        ps.setString(3, p.name());
        setLong(ps, 4, p.geonames_id());
        setDouble(ps, 5, p.lat());
        setDouble(ps, 6, p.lon());
        ps.setString(7, p.country());
        ps.setString(8, p.admin1());
        ps.setString(9, p.precision());
        ps.setDouble(10, p.confidence());
        ps.setBoolean(11, p.metonymic());
        ps.setString(12, json(p.mentions()));
        ps.setNull(13, Types.VARCHAR);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void saveEvents(String sha, Analysis a, Map<String, Place> places) throws SQLException {
    String text = a.document().text();
    try (PreparedStatement ev =
            c.prepareStatement(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement pa =
            c.prepareStatement("INSERT INTO event_participants VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement co =
            c.prepareStatement("INSERT INTO counts VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Event e : a.events()) {
        String uid = eventUid(sha, e.id());
        Place p = e.place() == null ? null : places.get(e.place());
        String evidenceText = evidenceText(text, e.evidence());
        int i = 1;
        ev.setString(i++, uid);
        ev.setString(i++, sha);
        ev.setString(i++, e.id());
        ev.setString(i++, e.type());
        ev.setString(i++, e.family());
        ev.setString(i++, e.status());
        setDate(ev, i++, e.date() == null ? null : e.date().start());
        setDate(ev, i++, e.date() == null ? null : e.date().end());
        ev.setString(
            i++,
            e.date() == null || e.date().precision() == null ? null : e.date().precision().label());
        ev.setString(i++, e.date() == null ? null : e.date().text());
        ev.setString(i++, e.place());
        ev.setString(i++, p == null ? null : p.name());
        setDouble(ev, i++, p == null ? null : p.lat());
        setDouble(ev, i++, p == null ? null : p.lon());
        ev.setString(i++, p == null ? null : p.country());
        ev.setString(i++, p == null ? null : p.admin1());
        ev.setString(i++, p == null ? null : p.precision());
        ev.setString(i++, json(e.actors()));
        ev.setString(i++, json(e.targets()));
        ev.setString(i++, e.source() == null ? null : e.source().name());
        ev.setString(i++, e.source() == null ? null : e.source().entity());
        setLong(ev, i++, fatalities(e.counts()));
        ev.setDouble(i++, e.confidence());
        ev.setString(i++, json(e.evidence()));
        ev.setString(i++, evidenceText);
        ev.setString(i++, searchText(e, p, evidenceText));
        ev.setNull(i, Types.VARCHAR);
        ev.addBatch();
        addParticipants(pa, uid, "actor", e.actors());
        addParticipants(pa, uid, "target", e.targets());
        int n = 0;
        for (Count k : e.counts()) {
          co.setString(1, uid);
          co.setInt(2, n++);
          co.setString(3, k.kind());
          setLong(co, 4, k.value());
          setLong(co, 5, k.min());
          setLong(co, 6, k.max());
          co.setBoolean(7, k.approximate());
          co.setString(8, k.text());
          co.addBatch();
        }
      }
      ev.executeBatch();
      pa.executeBatch();
      co.executeBatch();
    }
  }

  private static void addParticipants(
      PreparedStatement ps, String uid, String role, List<Participant> ps2) throws SQLException {
    int n = 0;
    for (Participant p : ps2) {
      ps.setString(1, uid);
      ps.setString(2, role);
      ps.setInt(3, n++);
      ps.setString(4, p.name());
      ps.setString(5, p.entity());
      ps.setString(6, p.country());
      ps.setString(7, p.category());
      ps.addBatch();
    }
  }

  private void saveQuotes(String sha, List<Quote> quotes) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Quote q : quotes) {
        ps.setString(1, sha);
        ps.setString(2, q.id());
        ps.setInt(3, q.start());
        ps.setInt(4, q.end());
        ps.setString(5, q.text());
        ps.setString(6, q.speaker() == null ? null : q.speaker().name());
        ps.setString(7, q.speaker() == null ? null : q.speaker().entity());
        ps.setDouble(8, q.confidence());
        ps.setString(9, q.rule());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static Long fatalities(List<Count> counts) {
    Long sum = null;
    for (Count k : counts) {
      if ("killed".equals(k.kind())) {
        long v = k.value() != null ? k.value() : k.min() != null ? k.min() : 0;
        sum = sum == null ? v : sum + v;
      }
    }
    return sum;
  }

  /** The evidence sentences of an event, joined: what is stored as {@code evidence_text}. */
  public static String evidenceText(String text, List<Evidence> evidence) {
    List<String> parts = new ArrayList<>();
    for (Evidence ev : evidence) {
      int s = Math.max(0, Math.min(ev.start(), text.length()));
      int e = Math.max(s, Math.min(ev.end(), text.length()));
      parts.add(text.substring(s, e).strip());
    }
    return String.join(" … ", parts);
  }

  private static String searchText(Event e, Place p, String evidenceText) {
    StringBuilder b = new StringBuilder(e.type()).append(' ').append(e.status());
    if (p != null) {
      b.append(' ').append(p.name());
    }
    for (Participant x : e.actors()) {
      b.append(' ').append(x.name());
    }
    for (Participant x : e.targets()) {
      b.append(' ').append(x.name());
    }
    if (e.source() != null) {
      b.append(' ').append(e.source().name());
    }
    return b.append(' ').append(evidenceText).toString().toLowerCase(Locale.ROOT);
  }

  private static String json(Object o) {
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static void setDate(PreparedStatement ps, int i, java.time.LocalDate d)
      throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setObject(i, d);
    }
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close a writer", e);
    }
  }
}
