package org.sitrep.model;

import java.util.List;

/**
 * One type of thing happening at one place on one day, with the sentences it was read from.
 *
 * @param type a taxonomy type, e.g. {@code ATTACK.SHELLING}; the family is the part before the dot
 * @param place a place id, or null
 * @param source who reports or claims it, when the text says so, else null
 */
public record Event(
    String id,
    String type,
    String status,
    EventDate date,
    String place,
    List<Participant> actors,
    List<Participant> targets,
    List<Count> counts,
    Speaker source,
    List<Evidence> evidence,
    double confidence) {
  public Event {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    counts = List.copyOf(counts);
    evidence = List.copyOf(evidence);
  }

  public String family() {
    int dot = type.indexOf('.');
    return dot < 0 ? type : type.substring(0, dot);
  }
}
