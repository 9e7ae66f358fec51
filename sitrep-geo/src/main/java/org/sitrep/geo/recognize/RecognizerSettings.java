package org.sitrep.geo.recognize;

/**
 * What the recogniser reports.
 *
 * @param demonyms report demonyms and adjectives ("Ukrainian") as mentions of their country
 * @param embedded report place names inside organisation names ("Kharkiv City Council")
 * @param minPopulationAlone a city the NLP stage did not label needs this many people, unless a
 *     locative cue ("in X", "the town of X", "X, Country") supports it
 * @param minPopulationWithCue the same with a locative cue
 */
public record RecognizerSettings(
    boolean demonyms, boolean embedded, long minPopulationAlone, long minPopulationWithCue) {
  /** What sitrep runs, chosen by measurement on the evaluation sets (README). */
  public static RecognizerSettings defaults() {
    return new RecognizerSettings(true, true, 100_000, 5_000);
  }

  public RecognizerSettings withDemonyms(boolean on) {
    return new RecognizerSettings(on, embedded, minPopulationAlone, minPopulationWithCue);
  }

  public RecognizerSettings withEmbedded(boolean on) {
    return new RecognizerSettings(demonyms, on, minPopulationAlone, minPopulationWithCue);
  }
}
