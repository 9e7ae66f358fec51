package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;

/**
 * A counted predicted event (one precision counts: not excused by an optional gold event, of a
 * family its article's key covers) and whether it found a required gold event.
 *
 * @param document the article id
 * @param event the prediction
 * @param correct true positive; false positive when false
 */
public record ScoredEvent(String document, Event event, boolean correct) {
  /** The evidence rules that read the event, each once, in evidence order. */
  public List<String> rules() {
    Set<String> rules = new LinkedHashSet<>();
    for (Evidence ev : event.evidence()) {
      if (ev != null && ev.rule() != null) {
        rules.add(ev.rule());
      }
    }
    return new ArrayList<>(rules);
  }

  /** How many distinct evidence sentences the event has. */
  public int sentences() {
    Set<Span> spans = new LinkedHashSet<>();
    for (Evidence ev : event.evidence()) {
      if (ev != null) {
        spans.add(ev.span());
      }
    }
    return spans.size();
  }

  /**
   * One line of the {@code --calibration} file: what is known about the prediction when its
   * confidence is given, and its outcome ({@code tp} or {@code fp}).
   */
  public Map<String, Object> toJson(String set) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("set", set);
    out.put("document", document);
    out.put("event", event.id());
    out.put("type", event.type());
    out.put("family", EventScorer.family(event));
    out.put("status", event.status() == null ? "occurred" : event.status());
    out.put("confidence", event.confidence());
    out.put("rules", rules());
    out.put("has_actors", !event.actors().isEmpty());
    out.put("has_targets", !event.targets().isEmpty());
    out.put("has_counts", !event.counts().isEmpty());
    out.put("has_place", event.place() != null);
    out.put("has_date", event.date() != null && event.date().start() != null);
    out.put("evidence", sentences());
    out.put("outcome", correct ? "tp" : "fp");
    return out;
  }
}
