package org.sitrep.store;

/**
 * The headline killed figure, in one place: what the web app's header, the map's marker sizes,
 * event rows and the CSV's {@code fatalities} show. Today it is per event: each event's
 * conservative toll, the largest lower bound among its {@code killed} counts (a fused event keeps
 * the largest figure of each kind, so a death several sentences describe counts once; a range
 * "dozens" counts its lower end), summed over the events a filter selects. Historical events are
 * left out by the filter's default. When the incident layer links events across articles, the sum
 * switches here to one conservative figure per incident.
 */
public final class Headline {
  private Headline() {}

  /**
   * One event's conservative toll, as SQL over the events table aliased {@code e}; null if none.
   */
  public static final String EVENT_KILLED =
      "(SELECT max(coalesce(k.value, k.min)) FROM counts k"
          + " WHERE k.event_uid = e.uid AND k.kind = 'killed')";

  /** What the headline figure sums, in words, for the header's tooltip and the API. */
  public static final String BASIS =
      "sum of each listed event's conservative killed figure (its largest stated lower bound);"
          + " historical events and events without a figure add nothing";
}
