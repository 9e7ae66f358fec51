package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;

/** Hand-made predictions for the scorer tests. */
final class Build {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Build() {}

  static Analysis analysis(List<Place> places, List<Event> events, List<Quote> quotes) {
    return analysis(places, events, quotes, OffsetMap.identity(Integer.MAX_VALUE));
  }

  static Analysis analysis(
      List<Place> places, List<Event> events, List<Quote> quotes, OffsetMap toSource) {
    DocumentInfo info = new DocumentInfo("d", "0", null, null, null, "");
    return new Analysis(info, List.of(), places, events, quotes, List.of(), toSource);
  }

  /**
   * A key written as a sequence of JSON objects, each of which may span several lines, turned into
   * JSON Lines and parsed.
   */
  static GoldSet gold(String name, String json) {
    StringBuilder jsonl = new StringBuilder();
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(json)) {
      while (it.hasNext()) {
        jsonl.append(MAPPER.writeValueAsString(it.next())).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return GoldSet.parse(name, jsonl.toString());
  }

  static Analysis places(Place... places) {
    return analysis(List.of(places), List.of(), List.of());
  }

  static Analysis events(Event... events) {
    return analysis(List.of(), List.of(events), List.of());
  }

  static Analysis quotes(Quote... quotes) {
    return analysis(List.of(), List.of(), List.of(quotes));
  }

  /** A place; {@code spans} are start, end pairs of its mentions. */
  static Place place(
      String id,
      Long geonamesId,
      Double lat,
      Double lon,
      String country,
      String precision,
      int... spans) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      mentions.add(new Mention(spans[i], spans[i + 1], "x"));
    }
    return new Place(id, id, geonamesId, lat, lon, country, null, precision, 1.0, mentions, false);
  }

  static Quote quote(int start, int end, String speaker) {
    return new Quote(
        "q" + start, start, end, "…", speaker == null ? null : new Speaker(speaker, null), 0.9);
  }

  static Count count(String kind, Long value) {
    return new Count(kind, value, value, value, false, null);
  }

  static Count range(String kind, long min, long max) {
    return new Count(kind, null, min, max, true, null);
  }

  static EventDate day(String day) {
    LocalDate d = LocalDate.parse(day);
    return new EventDate(d, d, DatePrecision.DAY, null);
  }

  /** An event; {@code spans} are start, end pairs of its evidence. */
  static Event event(
      String type,
      String status,
      String place,
      EventDate date,
      List<String> actors,
      List<Count> counts,
      int... spans) {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      evidence.add(new Evidence(spans[i], spans[i + 1]));
    }
    List<Participant> participants = new ArrayList<>();
    for (String a : actors) {
      participants.add(new Participant(a, null, null, null));
    }
    return new Event(
        "v", type, status, date, place, participants, List.of(), counts, null, evidence, 0.9);
  }

  /** {@code e} with another confidence. */
  static Event confident(double confidence, Event e) {
    return new Event(
        e.id(),
        e.type(),
        e.status(),
        e.date(),
        e.place(),
        e.actors(),
        e.targets(),
        e.counts(),
        e.source(),
        e.evidence(),
        confidence);
  }

  static Event event(String type, int... spans) {
    return event(type, "occurred", null, null, List.of(), List.of(), spans);
  }
}
