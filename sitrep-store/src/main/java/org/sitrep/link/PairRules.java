package org.sitrep.link;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two reports, from two articles, are one incident, and why. First the rules that keep
 * reports apart, then a score for those that remain:
 *
 * <ul>
 *   <li>the same family and a compatible status (an airstrike and a bombing may be one attack; an
 *       attack and a protest never; an attack that occurred and one a source claims may be one, a
 *       planned one and one that occurred never);
 *   <li>days that overlap: the event's own days, else the day before publication and the day of it
 *       ("yesterday" in a later article resolves to the same day); a date vaguer than {@value
 *       #MAX_SPAN_DAYS} days links nothing;
 *   <li>compatible places: the same place, a place inside the other's division, or two towns within
 *       {@value #NEAR_KM} km; another town, division or country keeps them apart;
 *   <li>reports, not recollections: an event that ended more than {@value #BACKGROUND_DAYS} days
 *       before its article was published is background to that article and links nothing;
 *   <li>two events of one article are one incident only through other articles' links, and only
 *       when they are of one family, on overlapping days, at nested places (the same place, a town
 *       inside the other's division, an area of unknown division and a town); else never (the
 *       extractor kept them apart).
 * </ul>
 *
 * <p>The score weighs the similarity of the evidence ({@link TextSimilarity}, {@value #W_TEXT}),
 * the place rule ({@value #W_PLACE}), the type ({@value #W_TYPE}) and the day ({@value #W_DAY}),
 * with a bonus for a shared actor; a pair is linked at {@value #LINK_AT} or more. Reports that
 * articles published on different days link only when both are their articles' leads and their
 * evidence is alike ({@value #OTHER_DAY_TEXT} or more, {@value #OTHER_DAY_TEXT_AT_POINT} for one
 * day, town and type): a later article's mention of an event is mostly context, and a day-after
 * report of one place's attack is as likely the next attack as the same one. Two mentions that lead
 * neither article link only on evidence alike to {@value #MENTIONS_TEXT} or more. Two events placed
 * only in one country are no nearer than a town and its country. Every verdict depends on the two
 * reports alone.
 */
public final class PairRules {
  static final int MAX_SPAN_DAYS = 3;
  static final double NEAR_KM = 15;
  static final int BACKGROUND_DAYS = 3;
  static final double W_TEXT = 0.5;
  static final double W_PLACE = 0.25;
  static final double W_TYPE = 0.15;
  static final double W_DAY = 0.1;
  static final double W_ACTOR = 0.05;
  static final double LINK_AT = 0.45;
  static final double OTHER_DAY_TEXT = 0.4;
  static final double OTHER_DAY_TEXT_AT_POINT = 0.25;
  static final double MENTIONS_TEXT = 0.2;

  /**
   * The rule of two events of one article that may share an incident: a link that allows it, never
   * one that forms it ({@link Clusterer.Edge#joins()}).
   */
  public static final String NESTED = "same-article:nested";

  /**
   * Statuses that tell that an event happened: occurred, still going on, or claimed by a source.
   */
  private static final Set<String> HAPPENED = Set.of("occurred", "ongoing", "claimed");

  private PairRules() {}

  /**
   * The verdict on two reports. {@code similarity} is asked only of compatible pairs (it costs the
   * most).
   */
  public static Verdict judge(Report a, Report b, java.util.function.DoubleSupplier similarity) {
    Map<String, Object> detail = new LinkedHashMap<>();
    String apart = apart(a, b, detail);
    if (apart != null) {
      return Verdict.apart(apart);
    }
    String dayRule = (String) detail.get("day");
    String placeRule = (String) detail.get("place");
    if (sameArticle(a, b)) {
      // not a link between accounts: it only lets the two share an incident other links form
      detail.put("same-article", NESTED);
      return new Verdict(
          Verdict.Kind.COMPATIBLE, 0, NESTED + "+" + dayRule + "+" + placeRule, detail);
    }
    double place = placeWeight(placeRule);
    boolean sameType = a.type().equals(b.type());
    double day = dayRule.equals("day:same") ? 1.0 : 0.5;
    boolean sharedActor = sharedActor(a, b);
    double text = similarity.getAsDouble();
    double score =
        W_TEXT * text
            + W_PLACE * place
            + W_TYPE * (sameType ? 1 : 0.4)
            + W_DAY * day
            + (sharedActor ? W_ACTOR : 0);
    score = Math.min(1.0, score);
    detail.put("text", round(text));
    detail.put("type", sameType ? "type:same" : "type:compatible");
    if (sharedActor) {
      detail.put("actor", "actor:shared");
    }
    String rule =
        String.join(
            "+",
            "family",
            dayRule,
            placeRule,
            sameType ? "type:same" : "type:compatible",
            "text:" + round(text));
    boolean sameAtPoint =
        dayRule.equals("day:same")
            && placeRule.equals("place:same")
            && sameType
            && a.pointPlace()
            && b.pointPlace();
    String news = newsDays(a, b, text, sameAtPoint);
    if (news != null) {
      detail.put("news", news);
      rule += "+" + news;
    }
    boolean weapons = Weapons.contradict(a.evidence(), b.evidence());
    if (weapons) {
      detail.put("weapon", "weapon:other");
      rule += "+weapon:other";
    }
    // two mentions that lead neither article (each told after its article's own event) are
    // context in both: they link on alike evidence, not on the day, place and type alone
    boolean mentions = !a.lead() && !b.lead() && text < MENTIONS_TEXT;
    if (mentions) {
      detail.put("mentions", "mentions:weak-text");
      rule += "+mentions:weak-text";
    }
    boolean linked =
        score >= LINK_AT
            && !weapons
            && !mentions
            && (news == null || news.equals("news:other-day"));
    Verdict.Kind kind = linked ? Verdict.Kind.LINKED : Verdict.Kind.COMPATIBLE;
    return new Verdict(kind, round(score), rule, detail);
  }

  /**
   * Null when both articles were published on one day (or a day is unknown); "news:other-day" when
   * they were not but both reports lead their articles with alike evidence ({@value
   * #OTHER_DAY_TEXT}, or {@value #OTHER_DAY_TEXT_AT_POINT} when the day, the town and the type are
   * the same); else why that is not enough ("news:other-day-mention", "news:other-day-weak-text").
   */
  private static String newsDays(Report a, Report b, double text, boolean sameAtPoint) {
    if (a.published() == null || b.published() == null || a.published().equals(b.published())) {
      return null;
    }
    if (!a.lead() || !b.lead()) {
      return "news:other-day-mention";
    }
    double needed = sameAtPoint ? OTHER_DAY_TEXT_AT_POINT : OTHER_DAY_TEXT;
    return text >= needed ? "news:other-day" : "news:other-day-weak-text";
  }

  /** Whether two statuses may describe one incident: the same, or both telling it happened. */
  static boolean compatibleStatus(String a, String b) {
    return a.equals(b) || (HAPPENED.contains(a) && HAPPENED.contains(b));
  }

  /** The statuses compatible with this one (itself included). */
  static Set<String> compatibleStatuses(String status) {
    return HAPPENED.contains(status) ? HAPPENED : Set.of(status);
  }

  /**
   * Whether a report may be linked to any other: it has days, no vaguer than {@value
   * #MAX_SPAN_DAYS}, and is not background to its article. A report that may not is apart from
   * every other, so its rivals need not be read.
   */
  static boolean mayLink(Report r) {
    return r.first() != null && span(r) <= MAX_SPAN_DAYS && !background(r);
  }

  /** Whether the two can never be one incident; cheap (no text). */
  public static boolean keptApart(Report a, Report b) {
    return apart(a, b, new LinkedHashMap<>()) != null;
  }

  /**
   * The place rules under which two events of one article may still be one incident: one place
   * holds the other, or may: the same place, a town inside the other's division, an area whose
   * division is unknown and a town. Never two towns (the article named two places, however near), a
   * country (the whole war) or a place unknown.
   */
  private static final Set<String> NESTED_PLACES =
      Set.of("place:same", "place:inside-division", "place:division-unknown");

  /** Whether two reports are events of one article. */
  static boolean sameArticle(Report a, Report b) {
    return a.article().equals(b.article());
  }

  /** The rule that keeps them apart, or null; fills in the day and place rules otherwise. */
  private static String apart(Report a, Report b, Map<String, Object> detail) {
    if (sameArticle(a, b)) {
      // the extractor kept them apart; they may still be one incident when they are of one
      // family on overlapping days at nested places (a town and the district or region that
      // holds it), e.g. an account of one strike that names both the town and the area hit
      String why = apartOfOthers(a, b, detail);
      return why == null && NESTED_PLACES.contains((String) detail.get("place"))
          ? null
          : "same-article";
    }
    return apartOfOthers(a, b, detail);
  }

  /** {@link #apart} for reports of two articles. */
  private static String apartOfOthers(Report a, Report b, Map<String, Object> detail) {
    if (!a.family().equals(b.family())) {
      return "family";
    }
    if (!compatibleStatus(a.status(), b.status())) {
      return "status";
    }
    if (a.first() == null || b.first() == null) {
      return "no-date";
    }
    if (span(a) > MAX_SPAN_DAYS || span(b) > MAX_SPAN_DAYS) {
      return "vague-date";
    }
    if (background(a) || background(b)) {
      return "background";
    }
    if (a.first().isAfter(b.last()) || b.first().isAfter(a.last())) {
      return "days";
    }
    detail.put(
        "day",
        a.datedByText()
                && b.datedByText()
                && a.first().equals(b.first())
                && span(a) == 0
                && span(b) == 0
            ? "day:same"
            : "day:overlap");
    String place = place(a, b, detail);
    if (place.startsWith("apart:")) {
      return place.substring("apart:".length());
    }
    detail.put("place", place);
    return null;
  }

  /**
   * Whether the article recalls the event rather than reports it: its days end more than {@value
   * #BACKGROUND_DAYS} days before the article was published.
   */
  static boolean background(Report r) {
    return r.datedByText()
        && r.published() != null
        && r.last().isBefore(r.published().minusDays(BACKGROUND_DAYS));
  }

  private static long span(Report r) {
    return ChronoUnit.DAYS.between(r.first(), r.last());
  }

  /** The place rule that holds, or "apart:..." for places that cannot be one. */
  private static String place(Report a, Report b, Map<String, Object> detail) {
    if (!a.hasPlace() && !b.hasPlace()) {
      return "place:unknown";
    }
    if (!a.hasPlace() || !b.hasPlace()) {
      return "place:one-unknown";
    }
    boolean samePlace =
        (a.geonamesId() != null && a.geonamesId().equals(b.geonamesId()))
            || a.placeName().equalsIgnoreCase(b.placeName());
    if (samePlace && "country".equals(a.precision()) && "country".equals(b.precision())) {
      return "place:same-country"; // the whole war's country: no nearer than a town inside it
    }
    if (samePlace) {
      return "place:same";
    }
    if (a.country() != null && b.country() != null && !a.country().equalsIgnoreCase(b.country())) {
      return "apart:another-country";
    }
    if (a.pointPlace() && b.pointPlace()) {
      if (a.lat() == null || b.lat() == null) {
        return "apart:another-town";
      }
      double km = km(a, b);
      detail.put("km", Math.round(km * 10) / 10.0);
      return km <= NEAR_KM ? "place:near" : "apart:another-town";
    }
    Report area = a.pointPlace() ? b : a;
    Report other = area == a ? b : a;
    if ("country".equals(area.precision())) {
      return "place:inside-country";
    }
    // a division (admin1 or a region): the other must lie in it, or be the same division
    if (area.admin1() != null && other.admin1() != null) {
      boolean inside =
          norm(area.admin1()).equals(norm(other.admin1()))
              || norm(area.placeName()).equals(norm(other.admin1()));
      return inside ? "place:inside-division" : "apart:another-division";
    }
    if (norm(area.placeName()).equals(norm(other.admin1()))) {
      return "place:inside-division";
    }
    return "place:division-unknown";
  }

  private static double placeWeight(String rule) {
    return switch (rule) {
      case "place:same" -> 1.0;
      case "place:near" -> 0.8;
      case "place:inside-division" -> 0.6;
      case "place:inside-country", "place:same-country", "place:division-unknown" -> 0.3;
      case "place:one-unknown" -> 0.2;
      default -> 0.0;
    };
  }

  private static boolean sharedActor(Report a, Report b) {
    Set<String> words = new HashSet<>();
    for (String n : a.actors()) {
      words.addAll(contentWords(n));
    }
    for (String n : b.actors()) {
      for (String w : contentWords(n)) {
        if (words.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> contentWords(String name) {
    Set<String> out = new HashSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }

  private static String norm(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replace(" governorate", "").strip();
  }

  /** Great-circle distance in km. */
  static double km(Report a, Report b) {
    double p1 = Math.toRadians(a.lat());
    double p2 = Math.toRadians(b.lat());
    double dp = p2 - p1;
    double dl = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
