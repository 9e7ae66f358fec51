package org.sitrep.eval;

import java.util.List;
import java.util.Map;

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
 * @param errors every unmatched prediction and missed gold event, in article order (not part of the
 *     JSON figures)
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
    List<EventError> errors) {
  public EventScores {
    recallByFamily = Map.copyOf(recallByFamily);
    errors = List.copyOf(errors);
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
    return out;
  }
}
