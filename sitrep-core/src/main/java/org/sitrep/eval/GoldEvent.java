package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * A gold event.
 *
 * @param family the primary family
 * @param type a taxonomy type, or null when the key gives none
 * @param altFamilies other families a prediction may have and still find it
 * @param start start of the first evidence span
 * @param end end of the first evidence span
 * @param spans every evidence span as {@code [start, end]}, any of which counts; empty when only
 *     {@code start}/{@code end} are given
 * @param place where it happened, or null
 * @param date the day it happened ({@code yyyy-mm-dd}), or null
 * @param actors aliases of its actors; empty when the key lists none
 * @param counts counts it carries; empty when the key lists none
 * @param status its status, or null when the key gives none
 * @param optional neither helps nor hurts when found
 * @param triggers the words the source annotation marked as triggers, when the key keeps them (not
 *     scored); empty otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldEvent(
    String family,
    String type,
    @JsonProperty("alt_families") List<String> altFamilies,
    int start,
    int end,
    List<List<Integer>> spans,
    GoldPlace place,
    String date,
    List<String> actors,
    List<GoldCount> counts,
    String status,
    boolean optional,
    List<String> triggers) {
  public GoldEvent {
    if (family == null || family.isBlank()) {
      throw new IllegalArgumentException("event without family");
    }
    altFamilies = GoldLists.copy(altFamilies);
    spans = GoldLists.copy(spans).stream().map(List::copyOf).toList();
    for (List<Integer> s : spans) {
      if (s.size() != 2) {
        throw new IllegalArgumentException("a span must be [start, end]: " + s);
      }
    }
    actors = GoldLists.copy(actors);
    counts = GoldLists.copy(counts);
    triggers = GoldLists.copy(triggers);
    if (date != null) {
      LocalDate.parse(date);
    }
  }

  /** The evidence spans: {@code spans}, else {@code [start, end)}. */
  public List<Span> evidence() {
    if (spans.isEmpty()) {
      return List.of(new Span(start, end));
    }
    List<Span> out = new ArrayList<>(spans.size());
    for (List<Integer> s : spans) {
      out.add(new Span(s.get(0), s.get(1)));
    }
    return out;
  }

  /** The date as a day, or null. */
  public LocalDate day() {
    return date == null ? null : LocalDate.parse(date);
  }

  /** The primary family followed by the alternatives. */
  public List<String> families() {
    List<String> out = new ArrayList<>();
    out.add(family);
    out.addAll(altFamilies);
    return out;
  }
}
