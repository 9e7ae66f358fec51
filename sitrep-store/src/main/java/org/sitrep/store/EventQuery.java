package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A filter over events, with sorting and a page. Every field may be null (no constraint). Builds
 * its WHERE clause with placeholders only: values never become SQL text.
 *
 * @param family event family (the part of the type before the dot), e.g. {@code ATTACK}
 * @param type full event type, e.g. {@code ATTACK.SHELLING}
 * @param from events whose date ends on or after this day
 * @param to events whose date starts on or before this day
 * @param bbox west, south, east, north in degrees
 * @param place place name, case-insensitive substring
 * @param actor actor name, case-insensitive substring
 * @param status status, e.g. {@code occurred}
 * @param minConfidence lowest confidence kept
 * @param text free text, matched against type, place, actors, targets, source and evidence
 * @param article the sha256 of one article
 */
public record EventQuery(
    List<String> family,
    List<String> type,
    LocalDate from,
    LocalDate to,
    double[] bbox,
    String place,
    String actor,
    List<String> status,
    Double minConfidence,
    String text,
    String article,
    Sort sort,
    int limit,
    int offset) {
  public static final int MAX_LIMIT = 1000;

  /** Orders a result can come in. */
  public enum Sort {
    DATE_DESC("date_start DESC NULLS LAST, uid"),
    DATE_ASC("date_start ASC NULLS LAST, uid"),
    CONFIDENCE_DESC("confidence DESC, uid"),
    FATALITIES_DESC("fatalities DESC NULLS LAST, uid"),
    TYPE("type, date_start DESC NULLS LAST, uid");

    final String sql;

    Sort(String sql) {
      this.sql = sql;
    }

    /** {@code date}, {@code -date}, {@code confidence}, {@code fatalities}, {@code type}. */
    public static Sort parse(String s) {
      if (s == null || s.isBlank()) {
        return DATE_DESC;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "-date", "date_desc" -> DATE_DESC;
        case "date", "+date", "date_asc" -> DATE_ASC;
        case "-confidence", "confidence" -> CONFIDENCE_DESC;
        case "-fatalities", "fatalities" -> FATALITIES_DESC;
        case "type" -> TYPE;
        default ->
            throw new IllegalArgumentException(
                "sort must be one of date, -date, confidence, fatalities, type; not " + s);
      };
    }
  }

  public EventQuery {
    family = family == null ? List.of() : List.copyOf(family);
    type = type == null ? List.of() : List.copyOf(type);
    status = status == null ? List.of() : List.copyOf(status);
    if (bbox != null && bbox.length != 4) {
      throw new IllegalArgumentException("bbox needs four numbers: west,south,east,north");
    }
    if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
      throw new IllegalArgumentException("min_confidence must be between 0 and 1");
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    sort = sort == null ? Sort.DATE_DESC : sort;
  }

  /** Every event, newest first, first page of 100. */
  public static EventQuery all() {
    return new EventQuery(
        null, null, null, null, null, null, null, null, null, null, null, Sort.DATE_DESC, 100, 0);
  }

  public EventQuery withPage(int newLimit, int newOffset) {
    return new EventQuery(
        family,
        type,
        from,
        to,
        bbox,
        place,
        actor,
        status,
        minConfidence,
        text,
        article,
        sort,
        newLimit,
        newOffset);
  }

  public EventQuery withoutDates() {
    return new EventQuery(
        family,
        type,
        null,
        null,
        bbox,
        place,
        actor,
        status,
        minConfidence,
        text,
        article,
        sort,
        limit,
        offset);
  }

  /** The WHERE clause (starting with " WHERE", or empty) and its parameters, for table alias e. */
  public Sql where() {
    List<String> clauses = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    in(clauses, params, "e.family", upper(family));
    in(clauses, params, "e.type", upper(type));
    in(clauses, params, "e.status", lower(status));
    if (from != null) {
      clauses.add("coalesce(e.date_end, e.date_start) >= ?");
      params.add(from);
    }
    if (to != null) {
      clauses.add("e.date_start <= ?");
      params.add(to);
    }
    if (bbox != null) {
      clauses.add("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?");
      params.add(bbox[0]);
      params.add(bbox[2]);
      params.add(bbox[1]);
      params.add(bbox[3]);
    }
    if (place != null && !place.isBlank()) {
      clauses.add("e.place_name ILIKE ? ESCAPE '\\'");
      params.add(like(place));
    }
    if (actor != null && !actor.isBlank()) {
      clauses.add(
          "EXISTS (SELECT 1 FROM event_participants p WHERE p.event_uid = e.uid"
              + " AND p.role = 'actor' AND p.name ILIKE ? ESCAPE '\\')");
      params.add(like(actor));
    }
    if (minConfidence != null) {
      clauses.add("e.confidence >= ?");
      params.add(minConfidence);
    }
    if (text != null && !text.isBlank()) {
      for (String word : text.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
        clauses.add("contains(e.search_text, ?)");
        params.add(word);
      }
    }
    if (article != null && !article.isBlank()) {
      clauses.add("e.article_sha256 = ?");
      params.add(article);
    }
    String sql = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    return new Sql(sql, params);
  }

  /** A piece of SQL with its placeholders' values, in order. */
  public record Sql(String text, List<Object> params) {}

  private static void in(List<String> clauses, List<Object> params, String col, List<String> v) {
    if (v.isEmpty()) {
      return;
    }
    clauses.add(
        col + " IN (" + String.join(", ", java.util.Collections.nCopies(v.size(), "?")) + ")");
    params.addAll(v);
  }

  private static String like(String s) {
    String escaped = s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  private static List<String> upper(List<String> v) {
    return v.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
  }

  private static List<String> lower(List<String> v) {
    return v.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
  }
}
