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

  /** This event under another id. */
  public Event withId(String newId) {
    return new Event(
        newId, type, status, date, place, actors, targets, counts, source, evidence, confidence);
  }

  /** This event at another place. */
  public Event withPlace(String newPlace) {
    return new Event(
        id, type, status, date, newPlace, actors, targets, counts, source, evidence, confidence);
  }

  /** This event with other actors. */
  public Event withActors(List<Participant> newActors) {
    return new Event(
        id, type, status, date, place, newActors, targets, counts, source, evidence, confidence);
  }

  /** This event with other counts. */
  public Event withCounts(List<Count> newCounts) {
    return new Event(
        id, type, status, date, place, actors, targets, newCounts, source, evidence, confidence);
  }

  /** This event with another status. */
  public Event withStatus(String newStatus) {
    return new Event(
        id, type, newStatus, date, place, actors, targets, counts, source, evidence, confidence);
  }

  /** This event with another confidence. */
  public Event withConfidence(double newConfidence) {
    return new Event(
        id, type, status, date, place, actors, targets, counts, source, evidence, newConfidence);
  }

  public String family() {
    int dot = type.indexOf('.');
    return dot < 0 ? type : type.substring(0, dot);
  }
}
