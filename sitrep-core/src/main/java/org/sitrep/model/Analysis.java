package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything sitrep read from one article: the {@code sitrep/v1} document of the output contract
 * ({@code ../shared/spec/output-contract.md}). {@code dates} is an addition to the contract: every
 * temporal expression found, normalised. {@code failures} is one too, present only when a layer
 * failed: that layer is empty and the others stand.
 */
@JsonPropertyOrder({
  "schema",
  "document",
  "entities",
  "places",
  "events",
  "quotes",
  "dates",
  "failures"
})
public record Analysis(
    DocumentInfo document,
    List<Entity> entities,
    List<Place> places,
    List<Event> events,
    List<Quote> quotes,
    List<TimeExpression> dates,
    @JsonIgnore OffsetMap toSource,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LayerFailure> failures) {
  public static final String SCHEMA = "sitrep/v1";

  public Analysis {
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
    failures = failures == null ? List.of() : List.copyOf(failures);
  }

  /** An analysis in which every layer ran. */
  public Analysis(
      DocumentInfo document,
      List<Entity> entities,
      List<Place> places,
      List<Event> events,
      List<Quote> quotes,
      List<TimeExpression> dates,
      OffsetMap toSource) {
    this(document, entities, places, events, quotes, dates, toSource, List.of());
  }

  @com.fasterxml.jackson.annotation.JsonProperty("schema")
  public String schema() {
    return SCHEMA;
  }
}
