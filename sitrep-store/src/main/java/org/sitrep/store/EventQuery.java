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
 * @param place place name, case-insensitive substring; a country's name or code also matches the
 *     events in that country, and a first-order division's name the events in it
 * @param actor actor name, case-insensitive substring
 * @param status status, e.g. {@code occurred}
 * @param minConfidence lowest confidence kept
 * @param text free text, matched against type, place, actors, targets, source and evidence
 * @param article the sha256 of one article
 * @param country countries, each an ISO 3166-1 alpha-2 code or an English name ("UA", "Ukraine");
 *     stored as codes
 * @param admin1 first-order divisions by name, case-insensitive ("Donetsk")
 * @param withFatalities only events with a killed figure (the events behind the headline's)
 *     <p>With no status given, events of status {@code historical} are left out (output contract,
 *     "Status historical"); ask for the status to see them, or for {@code *}, every status.
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
    int offset,
    List<String> country,
    List<String> admin1,
    boolean withFatalities) {
  public static final int MAX_LIMIT = 1000;

  /** The status left out unless asked for. */
  public static final String HISTORICAL = "historical";

  /** A status filter value that asks for every status, historical included. */
  public static final String ANY_STATUS = "*";

  /** A query with no country, division or fatality filter. */
  public EventQuery(
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
    this(
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
        limit,
        offset,
        List.of(),
        List.of(),
        false);
  }

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
    admin1 = admin1 == null ? List.of() : List.copyOf(admin1);
    country = country == null ? List.of() : countryCodes(country);
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
        newOffset,
        country,
        admin1,
        withFatalities);
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
        offset,
        country,
        admin1,
        withFatalities);
  }

  /** The same filter over every status (historical included), for the status facet. */
  public EventQuery withoutStatus() {
    return new EventQuery(
        family,
        type,
        from,
        to,
        bbox,
        place,
        actor,
        List.of(ANY_STATUS),
        minConfidence,
        text,
        article,
        sort,
        limit,
        offset,
        country,
        admin1,
        withFatalities);
  }

  /** The same filter without its family and type, for the family facet. */
  public EventQuery withoutFamily() {
    return new EventQuery(
        List.of(),
        List.of(),
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
        limit,
        offset,
        country,
        admin1,
        withFatalities);
  }

  /** The same filter without its countries, for the country facet. */
  public EventQuery withoutCountry() {
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
        limit,
        offset,
        List.of(),
        admin1,
        withFatalities);
  }

  /** The WHERE clause (starting with " WHERE", or empty) and its parameters, for table alias e. */
  public Sql where() {
    List<String> clauses = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    in(clauses, params, "e.family", upper(family));
    in(clauses, params, "e.type", upper(type));
    List<String> statuses = lower(status);
    if (statuses.isEmpty()) {
      clauses.add("e.status <> '" + HISTORICAL + "'");
    } else if (!statuses.contains(ANY_STATUS)) {
      in(clauses, params, "e.status", statuses);
    }
    in(clauses, params, "e.country", country);
    if (!admin1.isEmpty()) {
      clauses.add(
          "lower(e.admin1) IN ("
              + String.join(", ", java.util.Collections.nCopies(admin1.size(), "lower(?)"))
              + ")");
      params.addAll(admin1.stream().map(String::strip).toList());
    }
    if (withFatalities) {
      clauses.add(Headline.EVENT_KILLED + " > 0");
    }
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
      // "Ukraine" finds Kharkiv's events too: a country's or division's name matches what is in it
      String code =
          org.sitrep.geo.Countries.get()
              .find(place)
              .map(org.sitrep.geo.Countries.Country::iso2)
              .orElse(null);
      clauses.add(
          "(e.place_name ILIKE ? ESCAPE '\\' OR lower(e.admin1) = lower(?)"
              + (code == null ? "" : " OR e.country = ?")
              + ")");
      params.add(like(place));
      params.add(place.strip());
      if (code != null) {
        params.add(code);
      }
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
      List<String> words = new ArrayList<>();
      for (String word : text.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
        words.add("contains(e.search_text, ?)");
        params.add(word);
      }
      String all = String.join(" AND ", words);
      // a search for a country's name finds the events placed in it, named or not
      String code =
          org.sitrep.geo.Countries.get()
              .find(text)
              .map(org.sitrep.geo.Countries.Country::iso2)
              .orElse(null);
      if (code == null) {
        clauses.add(all);
      } else {
        clauses.add("((" + all + ") OR e.country = ?)");
        params.add(code);
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

  /** Country codes for codes or names; an unknown one is refused by name. */
  private static List<String> countryCodes(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String g : given) {
      if (g == null || g.isBlank()) {
        continue;
      }
      out.add(
          org.sitrep.geo.Countries.get()
              .find(g)
              .map(org.sitrep.geo.Countries.Country::iso2)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "country must be an ISO 3166-1 code or an English country name, not "
                              + g.strip())));
    }
    return List.copyOf(out);
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
