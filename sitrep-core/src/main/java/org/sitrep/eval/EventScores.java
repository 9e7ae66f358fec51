package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event figures. Gold events found one-to-one; predictions matched to optional gold events are
 * {@code excused}: neither true nor false positives.
 *
 * @param prf true positives (required gold events found), false positives (counted predictions
 *     matched to nothing), false negatives (required gold events not found)
 * @param excused predictions matched to optional gold events
 * @param type found events whose predicted type equals the gold type / found events with a gold
 *     type
 * @param status found events with the gold status / found events with a gold status
 * @param actor found events with a predicted actor matching a gold actor alias / found events whose
 *     key lists actors
 * @param counts found events carrying every gold count / found events whose key lists counts
 * @param place found events whose predicted place is the gold place (same GeoNames id or within 50
 *     km) / found events whose key gives a place with coordinates
 * @param primaryFamily found events predicted with the primary (not an alternative) family / found
 *     events
 * @param recallByFamily recall per primary gold family
 * @param calibration the counted predictions (true and false positives) by confidence band
 * @param errors every unmatched prediction and missed gold event, in article order (not part of the
 *     JSON figures)
 * @param scored every counted prediction with its outcome, in article order (not part of the JSON
 *     figures)
 */
public record EventScores(
    Prf prf,
    long excused,
    Ratio type,
    Ratio status,
    Ratio actor,
    Ratio counts,
    Ratio place,
    Ratio primaryFamily,
    Map<String, Ratio> recallByFamily,
    Calibration calibration,
    List<EventError> errors,
    List<ScoredEvent> scored) {
  public EventScores {
    recallByFamily = Map.copyOf(recallByFamily);
    errors = List.copyOf(errors);
    scored = List.copyOf(scored);
  }

  /**
   * Several sets' figures pooled: every count (true/false positives, false negatives, excused
   * predictions, each figure's numerator and denominator, calibration bands) summed; errors and
   * scored predictions concatenated in the order given.
   */
  public static EventScores pool(List<EventScores> all) {
    Prf prf = Prf.ZERO;
    long excused = 0;
    Ratio type = Ratio.NONE;
    Ratio status = Ratio.NONE;
    Ratio actor = Ratio.NONE;
    Ratio counts = Ratio.NONE;
    Ratio place = Ratio.NONE;
    Ratio primary = Ratio.NONE;
    Map<String, Ratio> families = new TreeMap<>();
    Calibration calibration = Calibration.EMPTY;
    List<EventError> errors = new ArrayList<>();
    List<ScoredEvent> scored = new ArrayList<>();
    for (EventScores e : all) {
      prf = prf.plus(e.prf);
      excused += e.excused;
      type = type.plus(e.type);
      status = status.plus(e.status);
      actor = actor.plus(e.actor);
      counts = counts.plus(e.counts);
      place = place.plus(e.place);
      primary = primary.plus(e.primaryFamily);
      e.recallByFamily.forEach((k, r) -> families.merge(k, r, Ratio::plus));
      calibration = calibration.plus(e.calibration);
      errors.addAll(e.errors);
      scored.addAll(e.scored);
    }
    return new EventScores(
        prf,
        excused,
        type,
        status,
        actor,
        counts,
        place,
        primary,
        families,
        calibration,
        errors,
        scored);
  }

  public Map<String, Object> toJson() {
    Map<String, Object> out = prf.toJson();
    out.put("excused", excused);
    out.put("type", type.toJson());
    out.put("status", status.toJson());
    out.put("actor", actor.toJson());
    out.put("counts", counts.toJson());
    out.put("place", place.toJson());
    out.put("primary_family", primaryFamily.toJson());
    out.put("recall_by_family", EvalReport.ratios(recallByFamily));
    out.put("calibration", calibration.toJson());
    return out;
  }
}
