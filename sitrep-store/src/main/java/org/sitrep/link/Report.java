package org.sitrep.link;

import java.time.LocalDate;
import java.util.List;

/**
 * One event as the linker sees it: what, when, where, who, with its evidence and figures, and the
 * article that reports it.
 *
 * @param uid the event's uid in the store
 * @param article the sha256 of the article
 * @param documentId the article's input id
 * @param first the first day the event may have happened on (the event's date, else the day before
 *     publication)
 * @param last the last such day
 * @param datedByText whether the days come from the text (else from the publication date)
 * @param geonamesId the place's GeoNames id, or null
 * @param precision the place's precision: city, admin1, country, region, site; null without a place
 * @param actors actor names
 * @param source the source the text attributes the event to, or null
 * @param outlet who published the article, or null when unknown
 * @param evidence the evidence sentences
 * @param claims the event's figures
 * @param lead whether the article tells of this event first among its events of the family (its
 *     lead); a later one is a mention, often of an earlier event as context
 */
public record Report(
    String uid,
    String article,
    String documentId,
    String family,
    String type,
    String status,
    LocalDate first,
    LocalDate last,
    boolean datedByText,
    String placeName,
    Long geonamesId,
    Double lat,
    Double lon,
    String country,
    String admin1,
    String precision,
    List<String> actors,
    String source,
    String outlet,
    LocalDate published,
    String title,
    double confidence,
    String evidence,
    List<Figure> claims,
    boolean lead) {
  public Report {
    actors = List.copyOf(actors);
    claims = List.copyOf(claims);
  }

  /** A report that is its article's lead. */
  public Report(
      String uid,
      String article,
      String documentId,
      String family,
      String type,
      String status,
      LocalDate first,
      LocalDate last,
      boolean datedByText,
      String placeName,
      Long geonamesId,
      Double lat,
      Double lon,
      String country,
      String admin1,
      String precision,
      List<String> actors,
      String source,
      String outlet,
      LocalDate published,
      String title,
      double confidence,
      String evidence,
      List<Figure> claims) {
    this(
        uid,
        article,
        documentId,
        family,
        type,
        status,
        first,
        last,
        datedByText,
        placeName,
        geonamesId,
        lat,
        lon,
        country,
        admin1,
        precision,
        actors,
        source,
        outlet,
        published,
        title,
        confidence,
        evidence,
        claims,
        true);
  }

  /** The same report, marked as its article's lead or not. */
  public Report withLead(boolean isLead) {
    return new Report(
        uid,
        article,
        documentId,
        family,
        type,
        status,
        first,
        last,
        datedByText,
        placeName,
        geonamesId,
        lat,
        lon,
        country,
        admin1,
        precision,
        actors,
        source,
        outlet,
        published,
        title,
        confidence,
        evidence,
        claims,
        isLead);
  }

  /** One figure an event gives: {@code killed 12}, or a range. */
  public record Figure(String kind, Long value, Long min, Long max, String text) {
    /** The lowest number the figure allows. */
    public long low() {
      return value != null ? value : min != null ? min : max != null ? max : 0;
    }

    /** The highest number the figure allows. */
    public long high() {
      return value != null ? value : max != null ? max : low();
    }
  }

  public boolean hasPlace() {
    return placeName != null;
  }

  /** Whether the place is a point (a town, a site) rather than an area. */
  public boolean pointPlace() {
    return precision != null
        && !precision.equals("admin1")
        && !precision.equals("admin2")
        && !precision.equals("country")
        && !precision.equals("region");
  }
}
