package org.sitrep.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Accumulates event figures over articles.
 *
 * <p>A predicted event can find a gold event when its family is the gold family or an alternative
 * one, and either one of its evidence spans (mapped to the input text) overlaps one of the gold
 * evidence spans, or — when the key gives both a place and a date — its place is within 50 km of
 * the gold place or has the same GeoNames id, and its date lies within a day of the gold day (both
 * ends of a predicted date range must). Only predictions of families the article's key covers are
 * counted.
 *
 * <p>Matching is one-to-one and optimal (a maximum-weight assignment with lexicographic weights):
 * first as many required gold events as possible are found, then as many optional ones as possible
 * (excusing as many predictions as possible), then among those matchings the pairs agree best —
 * primary family, then evidence overlap, type, actor, counts, status.
 *
 * <p>Every counted prediction (a true or false positive) is kept with its outcome, for the
 * confidence {@link Calibration}.
 */
final class EventScorer {
  private long tp;
  private long fp;
  private long fn;
  private long excused;
  private final long[] type = new long[2];
  private final long[] status = new long[2];
  private final long[] actor = new long[2];
  private final long[] counts = new long[2];
  private final long[] place = new long[2];
  private long primary;
  private final Map<String, long[]> byFamily = new TreeMap<>();
  private final List<EventError> errors = new ArrayList<>();
  private final List<ScoredEvent> scored = new ArrayList<>();

  void add(GoldDocument gold, Analysis analysis) {
    List<GoldEvent> golds = new ArrayList<>();
    for (GoldEvent g : gold.events()) {
      if (!g.optional()) {
        golds.add(g);
      }
    }
    int required = golds.size();
    for (GoldEvent g : gold.events()) {
      if (g.optional()) {
        golds.add(g);
      }
    }
    List<Event> predictions = new ArrayList<>();
    for (Event e : analysis.events()) {
      if (gold.covers(family(e))) {
        predictions.add(e);
      }
    }
    // lexicographic weights: required gold events found, then optional ones, then pair quality
    long quality = 64L * (golds.size() + 1);
    long requiredWeight = quality * (golds.size() + 1);
    long[][] weights = new long[golds.size()][predictions.size()];
    for (int i = 0; i < golds.size(); i++) {
      GoldEvent g = golds.get(i);
      for (int j = 0; j < predictions.size(); j++) {
        Event p = predictions.get(j);
        if (finds(p, g, analysis)) {
          weights[i][j] = (i < required ? requiredWeight : quality) + preference(p, g, analysis);
        }
      }
    }
    int[] predictionOf = Assignment.maximize(weights, predictions.size());
    int matched = 0;
    int[] goldOf = new int[predictions.size()];
    Arrays.fill(goldOf, -1);
    for (int i = 0; i < golds.size(); i++) {
      if (predictionOf[i] >= 0) {
        matched++;
        goldOf[predictionOf[i]] = i;
        if (i >= required) {
          excused++;
        }
      }
    }
    fp += predictions.size() - matched;
    for (int j = 0; j < predictions.size(); j++) {
      if (goldOf[j] < 0) {
        errors.add(unmatched(gold.id(), predictions.get(j), analysis));
      }
      if (goldOf[j] < required) { // unmatched (-1) or matched to a required gold event
        scored.add(new ScoredEvent(gold.id(), predictions.get(j), goldOf[j] >= 0));
      }
    }
    for (int i = 0; i < required; i++) {
      GoldEvent g = golds.get(i);
      long[] f = byFamily.computeIfAbsent(g.family().toUpperCase(Locale.ROOT), k -> new long[2]);
      f[1]++;
      if (predictionOf[i] < 0) {
        fn++;
        Span first = g.evidence().isEmpty() ? new Span(0, 0) : g.evidence().get(0);
        errors.add(
            new EventError(
                gold.id(),
                EventError.MISSED_GOLD,
                g.family().toUpperCase(Locale.ROOT),
                null,
                first.start(),
                first.end(),
                g.triggers().isEmpty() ? null : String.join(", ", g.triggers())));
        continue;
      }
      tp++;
      f[0]++;
      score(g, predictions.get(predictionOf[i]), analysis);
      argumentErrors(gold.id(), g, predictions.get(predictionOf[i]), analysis);
    }
  }

  /** A found event whose actor or counts disagree with the key, for reading those errors. */
  private void argumentErrors(String document, GoldEvent g, Event p, Analysis analysis) {
    EventError at = unmatched(document, p, analysis);
    if (!g.actors().isEmpty() && !hasActor(g, p)) {
      List<String> found = new ArrayList<>();
      for (Participant a : p.actors()) {
        if (a != null) {
          found.add(a.name());
        }
      }
      errors.add(
          argumentError(at, EventError.WRONG_ACTOR, g.actors().toString(), found.toString()));
    }
    if (!g.counts().isEmpty() && !hasCounts(g, p)) {
      List<String> expected = new ArrayList<>();
      for (GoldCount gc : g.counts()) {
        expected.add(gc.kind() + " " + gc.value());
      }
      List<String> found = new ArrayList<>();
      for (Count pc : p.counts()) {
        found.add(pc.kind() + " " + pc.value());
      }
      errors.add(argumentError(at, EventError.WRONG_COUNTS, expected.toString(), found.toString()));
    }
  }

  private static EventError argumentError(
      EventError at, String kind, String expected, String found) {
    return new EventError(
        at.document(),
        kind,
        at.family(),
        at.event(),
        at.start(),
        at.end(),
        at.trigger(),
        expected,
        found);
  }

  private static EventError unmatched(String document, Event p, Analysis analysis) {
    Evidence first = p.evidence().isEmpty() ? null : p.evidence().get(0);
    Span span = first == null ? null : SourceSpans.of(analysis, first.start(), first.end());
    if (span == null) {
      span = new Span(0, 0);
    }
    String trigger = first == null || first.trigger() == null ? null : first.trigger().text();
    return new EventError(
        document,
        EventError.UNMATCHED_PREDICTION,
        family(p),
        p.id(),
        span.start(),
        span.end(),
        trigger);
  }

  private void score(GoldEvent g, Event p, Analysis analysis) {
    String family = family(p);
    if (g.family().equalsIgnoreCase(family)) {
      primary++;
    }
    if (g.type() != null) {
      tally(type, g.type().equalsIgnoreCase(p.type()));
    }
    if (g.status() != null) {
      tally(status, g.status().equalsIgnoreCase(status(p)));
    }
    if (!g.actors().isEmpty()) {
      tally(actor, hasActor(g, p));
    }
    if (!g.counts().isEmpty()) {
      tally(counts, hasCounts(g, p));
    }
    if (g.place() != null && (g.place().hasCoordinates() || g.place().geonamesId() != null)) {
      tally(place, samePlace(p, g, analysis));
    }
  }

  private static void tally(long[] c, boolean right) {
    c[1]++;
    if (right) {
      c[0]++;
    }
  }

  /** A predicted event's status; the contract's default, {@code occurred}, when it gives none. */
  private static String status(Event p) {
    return p.status() == null ? "occurred" : p.status();
  }

  /** Some predicted actor's name matches some gold actor alias. */
  static boolean hasActor(GoldEvent g, Event p) {
    for (Participant a : p.actors()) {
      if (a != null && NameMatch.matches(a.name(), g.actors())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every gold count is among the predicted event's counts: same kind ({@code arrested} for {@code
   * captured}) and same value; a gold count without a value needs only the kind.
   */
  static boolean hasCounts(GoldEvent g, Event p) {
    for (GoldCount gc : g.counts()) {
      boolean present = false;
      for (Count pc : p.counts()) {
        if (CountScorer.kindCounts(gc.kind(), pc.kind())
            && (gc.value() == null || gc.value().equals(pc.value()))) {
          present = true;
          break;
        }
      }
      if (!present) {
        return false;
      }
    }
    return true;
  }

  static boolean finds(Event p, GoldEvent g, Analysis analysis) {
    String family = family(p);
    boolean familyOk = false;
    for (String f : g.families()) {
      if (f.equalsIgnoreCase(family)) {
        familyOk = true;
        break;
      }
    }
    return familyOk && (evidenceOverlaps(p, g, analysis) || samePlaceAndDay(p, g, analysis));
  }

  /** How good a pair is, beyond finding: lexicographically primary family, evidence, attributes. */
  private static int preference(Event p, GoldEvent g, Analysis analysis) {
    int score = 0;
    if (g.family().equalsIgnoreCase(family(p))) {
      score += 32;
    }
    if (evidenceOverlaps(p, g, analysis)) {
      score += 16;
    }
    if (g.type() != null && g.type().equalsIgnoreCase(p.type())) {
      score += 8;
    }
    if (hasActor(g, p)) {
      score += 4;
    }
    if (!g.counts().isEmpty() && hasCounts(g, p)) {
      score += 2;
    }
    if (g.status() != null && g.status().equalsIgnoreCase(status(p))) {
      score += 1;
    }
    return score;
  }

  static boolean evidenceOverlaps(Event p, GoldEvent g, Analysis analysis) {
    List<Span> goldSpans = g.evidence();
    for (Evidence ev : p.evidence()) {
      if (ev == null) {
        continue;
      }
      Span span = SourceSpans.of(analysis, ev.start(), ev.end());
      if (span == null) {
        continue;
      }
      for (Span gs : goldSpans) {
        if (span.overlaps(gs)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean samePlaceAndDay(Event p, GoldEvent g, Analysis analysis) {
    LocalDate day = g.day();
    if (day == null || p.date() == null) {
      return false;
    }
    return samePlace(p, g, analysis) && withinADay(p.date(), day);
  }

  /** The predicted place has the gold place's GeoNames id or lies within 50 km of it. */
  static boolean samePlace(Event p, GoldEvent g, Analysis analysis) {
    GoldPlace gp = g.place();
    if (gp == null || p.place() == null) {
      return false;
    }
    Place place = null;
    for (Place candidate : analysis.places()) {
      if (p.place().equals(candidate.id())) {
        place = candidate;
        break;
      }
    }
    if (place == null) {
      return false;
    }
    return (gp.geonamesId() != null && gp.geonamesId().equals(place.geonames_id()))
        || (gp.hasCoordinates()
            && place.lat() != null
            && place.lon() != null
            && Geo.km(gp.lat(), gp.lon(), place.lat(), place.lon()) <= Evaluator.EVENT_KM);
  }

  private static boolean withinADay(EventDate date, LocalDate day) {
    LocalDate start = date.start();
    if (start == null) {
      return false;
    }
    LocalDate end = date.end() == null ? start : date.end();
    return !start.isBefore(day.minusDays(1)) && !end.isAfter(day.plusDays(1));
  }

  /** An event's family, upper case, or null when it has no type. */
  static String family(Event e) {
    return e.type() == null ? null : e.family().toUpperCase(Locale.ROOT);
  }

  EventScores result() {
    Map<String, Ratio> families = new TreeMap<>();
    byFamily.forEach((k, c) -> families.put(k, new Ratio(c[0], c[1])));
    Calibration calibration = Calibration.EMPTY;
    for (ScoredEvent e : scored) {
      calibration = calibration.with(e.event().confidence(), e.correct());
    }
    return new EventScores(
        new Prf(tp, fp, fn),
        excused,
        new Ratio(type[0], type[1]),
        new Ratio(status[0], status[1]),
        new Ratio(actor[0], actor[1]),
        new Ratio(counts[0], counts[1]),
        new Ratio(place[0], place[1]),
        new Ratio(primary, tp),
        families,
        calibration,
        errors,
        scored);
  }
}
