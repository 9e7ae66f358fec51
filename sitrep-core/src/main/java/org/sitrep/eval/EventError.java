package org.sitrep.eval;

/**
 * One event the key and the system disagree on, for reading the errors behind the figures.
 *
 * @param document the article id
 * @param kind {@code unmatched_prediction} (a false positive), {@code missed_gold} (a false
 *     negative), or, for a found event whose argument disagrees with the key, {@code wrong_actor}
 *     or {@code wrong_counts}
 * @param family the predicted or gold family
 * @param event the predicted event's id, null for a missed gold event
 * @param start start of the evidence (the prediction's first sentence, or the gold span) in the
 *     input text
 * @param end end of that evidence in the input text
 * @param trigger the prediction's trigger words, or the key's triggers, or null
 * @param expected for a wrong argument, what the key gives (actor aliases, counts), else null
 * @param found for a wrong argument, what the system gave, else null
 */
public record EventError(
    String document,
    String kind,
    String family,
    String event,
    int start,
    int end,
    String trigger,
    String expected,
    String found) {
  public static final String UNMATCHED_PREDICTION = "unmatched_prediction";
  public static final String MISSED_GOLD = "missed_gold";
  public static final String WRONG_ACTOR = "wrong_actor";
  public static final String WRONG_COUNTS = "wrong_counts";

  /** A false positive or a false negative: no argument to compare. */
  public EventError(
      String document,
      String kind,
      String family,
      String event,
      int start,
      int end,
      String trigger) {
    this(document, kind, family, event, start, end, trigger, null, null);
  }
}
