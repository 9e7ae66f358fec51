package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Analysis;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Accumulates toponym figures over articles. A gold toponym is found by a predicted place mention
 * overlapping it; where several do, the place of the mention with the largest overlap (the first on
 * a tie) is the one its resolution is judged by.
 */
final class ToponymScorer {
  private long gold;
  private long found;
  private long foundWithCoordinates;
  private long within;
  private long withCoordinates;
  private long foundWithId;
  private long exactId;
  private long predicted;
  private long predictedRight;
  private final Map<String, long[]> byClass = new TreeMap<>();

  private record Located(Span span, Place place) {}

  /**
   * How much of a mention lies outside the gold span: ties between nested mentions go to the exact
   * one.
   */
  private static int excess(Span mention, Span gold) {
    return (mention.end() - mention.start()) - SourceSpans.overlap(gold, mention);
  }

  void add(List<GoldToponym> toponyms, Analysis analysis) {
    List<Located> mentions = new ArrayList<>();
    for (Place place : analysis.places()) {
      for (Mention m : place.mentions()) {
        Span span = SourceSpans.of(analysis, m.start(), m.end());
        if (span != null) {
          mentions.add(new Located(span, place));
        }
      }
    }
    for (GoldToponym t : toponyms) {
      Span goldSpan = t.span();
      Located best = null;
      int bestOverlap = 0;
      for (Located m : mentions) {
        int o = SourceSpans.overlap(goldSpan, m.span());
        if (m.span().overlaps(goldSpan)
            && (best == null
                || o > bestOverlap
                || o == bestOverlap
                    && excess(m.span(), goldSpan) < excess(best.span(), goldSpan))) {
          best = m;
          bestOverlap = o;
        }
      }
      gold++;
      if (best != null) {
        found++;
      }
      if (t.toponymClass() != null) {
        long[] c = byClass.computeIfAbsent(t.toponymClass(), k -> new long[2]);
        c[1]++;
        if (best != null) {
          c[0]++;
        }
      }
      if (t.hasCoordinates()) {
        withCoordinates++;
        if (best != null) {
          foundWithCoordinates++;
          if (resolvedWithin(t, best.place())) {
            within++;
          }
        }
      }
      if (t.geonamesId() != null && best != null) {
        foundWithId++;
        if (t.geonamesId().equals(best.place().geonames_id())) {
          exactId++;
        }
      }
    }
    for (Located m : mentions) {
      predicted++;
      for (GoldToponym t : toponyms) {
        if (m.span().overlaps(t.span())) {
          predictedRight++;
          break;
        }
      }
    }
  }

  /** Within 161 km of the gold point, or the same country at country level. */
  static boolean resolvedWithin(GoldToponym gold, Place place) {
    if (gold.isCountryLevel()
        && "country".equalsIgnoreCase(place.precision())
        && gold.country() != null
        && gold.country().equalsIgnoreCase(place.country())) {
      return true;
    }
    return place.lat() != null
        && place.lon() != null
        && Geo.km(gold.lat(), gold.lon(), place.lat(), place.lon()) <= Evaluator.ACC_KM;
  }

  ToponymScores result() {
    Map<String, Ratio> classes = new TreeMap<>();
    byClass.forEach((k, c) -> classes.put(k, new Ratio(c[0], c[1])));
    return new ToponymScores(
        new Ratio(found, gold),
        new Ratio(within, foundWithCoordinates),
        new Ratio(exactId, foundWithId),
        new Ratio(within, withCoordinates),
        new Ratio(predictedRight, predicted),
        classes);
  }
}
