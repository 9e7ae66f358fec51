package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The rows an analysis makes in the store's tables, column for column: the one mapping from
 * analyses to rows, used by {@link ArticleWriter} for DuckDB and by the Spark job for Parquet, so
 * both hold the same facts. Wall-clock columns ({@code ingested_at}, {@code first_seen}) are not
 * here: the writer of each store fills them.
 */
public final class StoreRows {
  /** A column's type, as DuckDB and Parquet both know it. */
  public enum Type {
    STRING,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    DATE
  }

  public record Column(String name, Type type) {}

  /** A table of the store and the columns this class fills, in the table's order. */
  public record Table(String name, List<Column> columns) {
    public List<String> columnNames() {
      return columns.stream().map(Column::name).toList();
    }
  }

  private static Column s(String name) {
    return new Column(name, Type.STRING);
  }

  private static Column c(String name, Type type) {
    return new Column(name, type);
  }

  public static final Table PROVENANCE =
      new Table(
          "provenance",
          List.of(
              s("id"),
              s("sitrep_version"),
              s("sitrep_commit"),
              s("annotator"),
              s("gazetteer"),
              s("schema_name")));
  public static final Table ARTICLES =
      new Table(
          "articles",
          List.of(
              s("sha256"),
              s("id"),
              s("title"),
              c("published", Type.DATE),
              s("source"),
              s("origin"),
              s("text"),
              s("analysis"),
              s("provenance_id")));
  public static final Table ENTITIES =
      new Table(
          "entities",
          List.of(
              s("article_sha256"),
              s("id"),
              s("kind"),
              s("name"),
              s("role"),
              c("mention_count", Type.INT),
              s("mentions")));
  public static final Table PLACES =
      new Table(
          "places",
          List.of(
              s("article_sha256"),
              s("id"),
              s("name"),
              c("geonames_id", Type.LONG),
              c("lat", Type.DOUBLE),
              c("lon", Type.DOUBLE),
              s("country"),
              s("admin1"),
              s("precision"),
              c("confidence", Type.DOUBLE),
              c("metonymic", Type.BOOLEAN),
              s("mentions"),
              s("rule")));
  public static final Table EVENTS =
      new Table(
          "events",
          List.of(
              s("uid"),
              s("article_sha256"),
              s("id"),
              s("type"),
              s("family"),
              s("status"),
              c("date_start", Type.DATE),
              c("date_end", Type.DATE),
              s("date_precision"),
              s("date_text"),
              s("place_id"),
              s("place_name"),
              c("lat", Type.DOUBLE),
              c("lon", Type.DOUBLE),
              s("country"),
              s("admin1"),
              s("geo_precision"),
              s("actors"),
              s("targets"),
              s("source_name"),
              s("source_entity"),
              c("fatalities", Type.LONG),
              c("confidence", Type.DOUBLE),
              s("evidence"),
              s("evidence_text"),
              s("search_text"),
              s("rule")));
  public static final Table EVENT_PARTICIPANTS =
      new Table(
          "event_participants",
          List.of(
              s("event_uid"),
              s("role"),
              c("n", Type.INT),
              s("name"),
              s("entity"),
              s("country"),
              s("category")));
  public static final Table COUNTS =
      new Table(
          "counts",
          List.of(
              s("event_uid"),
              c("n", Type.INT),
              s("kind"),
              c("value", Type.LONG),
              c("min", Type.LONG),
              c("max", Type.LONG),
              c("approximate", Type.BOOLEAN),
              s("text")));
  public static final Table QUOTES =
      new Table(
          "quotes",
          List.of(
              s("article_sha256"),
              s("id"),
              c("start_offset", Type.INT),
              c("end_offset", Type.INT),
              s("text"),
              s("speaker_name"),
              s("speaker_entity"),
              c("confidence", Type.DOUBLE),
              s("rule")));
  public static final Table FAILURES =
      new Table("failures", List.of(s("key"), s("origin"), s("article_id"), s("reason")));

  /** The tables an analysis fills, in the order their rows depend on each other. */
  public static final List<Table> ANALYSIS_TABLES =
      List.of(PROVENANCE, ARTICLES, ENTITIES, PLACES, EVENTS, EVENT_PARTICIPANTS, COUNTS, QUOTES);

  private StoreRows() {}

  /** The uid of an event: the first 16 hex digits of its article's sha256, a dash, its id. */
  public static String eventUid(String articleSha256, String eventId) {
    return articleSha256.substring(0, 16) + "-" + eventId;
  }

  /** Every row of one analysed article, by table, in {@link #ANALYSIS_TABLES} order. */
  public static Map<Table, List<Object[]>> of(Analysis a, String origin, Provenance p) {
    Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
    ANALYSIS_TABLES.forEach(t -> rows.put(t, new ArrayList<>()));
    String sha = a.document().sha256();
    var d = a.document();
    rows.get(PROVENANCE)
        .add(
            new Object[] {
              p.id(),
              p.sitrepVersion(),
              p.sitrepCommit(),
              p.annotator(),
              p.gazetteer(),
              Analysis.SCHEMA
            });
    rows.get(ARTICLES)
        .add(
            new Object[] {
              d.sha256(),
              d.id(),
              d.title(),
              d.published(),
              d.source(),
              origin,
              d.text(),
              Json.line(a),
              p.id()
            });
    for (Entity e : a.entities()) {
      rows.get(ENTITIES)
          .add(
              new Object[] {
                sha,
                e.id(),
                e.kind().name(),
                e.name(),
                e.role(),
                e.mentions().size(),
                json(e.mentions())
              });
    }
    Map<String, Place> places = new HashMap<>();
    for (Place pl : a.places()) {
      places.put(pl.id(), pl);
      rows.get(PLACES)
          .add(
              new Object[] {
                sha,
                pl.id(),
                pl.name(),
                pl.geonames_id(),
                pl.lat(),
                pl.lon(),
                pl.country(),
                pl.admin1(),
                pl.precision(),
                pl.confidence(),
                pl.metonymic(),
                json(pl.mentions()),
                null
              });
    }
    String text = d.text();
    for (Event e : a.events()) {
      String uid = eventUid(sha, e.id());
      Place pl = e.place() == null ? null : places.get(e.place());
      String evidenceText = evidenceText(text, e.evidence());
      rows.get(EVENTS)
          .add(
              new Object[] {
                uid,
                sha,
                e.id(),
                e.type(),
                e.family(),
                e.status(),
                e.date() == null ? null : e.date().start(),
                e.date() == null ? null : e.date().end(),
                e.date() == null || e.date().precision() == null
                    ? null
                    : e.date().precision().label(),
                e.date() == null ? null : e.date().text(),
                e.place(),
                pl == null ? null : pl.name(),
                pl == null ? null : pl.lat(),
                pl == null ? null : pl.lon(),
                pl == null ? null : pl.country(),
                pl == null ? null : pl.admin1(),
                pl == null ? null : pl.precision(),
                json(e.actors()),
                json(e.targets()),
                e.source() == null ? null : e.source().name(),
                e.source() == null ? null : e.source().entity(),
                fatalities(e.counts()),
                e.confidence(),
                json(e.evidence()),
                evidenceText,
                searchText(e, pl, evidenceText),
                null
              });
      participants(rows.get(EVENT_PARTICIPANTS), uid, "actor", e.actors());
      participants(rows.get(EVENT_PARTICIPANTS), uid, "target", e.targets());
      int n = 0;
      for (Count k : e.counts()) {
        rows.get(COUNTS)
            .add(
                new Object[] {
                  uid, n++, k.kind(), k.value(), k.min(), k.max(), k.approximate(), k.text()
                });
      }
    }
    for (Quote q : a.quotes()) {
      rows.get(QUOTES)
          .add(
              new Object[] {
                sha,
                q.id(),
                q.start(),
                q.end(),
                q.text(),
                q.speaker() == null ? null : q.speaker().name(),
                q.speaker() == null ? null : q.speaker().entity(),
                q.confidence(),
                q.rule()
              });
    }
    return rows;
  }

  /** The row of a failure; its key makes the same failure one row, however often it is met. */
  public static Object[] failure(String origin, String articleId, String reason) {
    return new Object[] {Cleaner.sha256(origin + "\u0000" + reason), origin, articleId, reason};
  }

  private static void participants(
      List<Object[]> out, String uid, String role, List<Participant> people) {
    int n = 0;
    for (Participant p : people) {
      out.add(new Object[] {uid, role, n++, p.name(), p.entity(), p.country(), p.category()});
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
}
