package org.sitrep.eval;

/**
 * One event the key and the system disagree on, for reading the errors behind the figures.
 *
 * @param document the article id
 * @param kind {@code unmatched_prediction} (a false positive) or {@code missed_gold} (a false
 *     negative)
 * @param family the predicted or gold family
 * @param event the predicted event's id, null for a missed gold event
 * @param start start of the evidence (the prediction's first sentence, or the gold span) in the
 *     input text
 * @param end end of that evidence in the input text
 * @param trigger the prediction's trigger words, or the key's triggers, or null
 */
public record EventError(
    String document, String kind, String family, String event, int start, int end, String trigger) {
  public static final String UNMATCHED_PREDICTION = "unmatched_prediction";
  public static final String MISSED_GOLD = "missed_gold";
}
