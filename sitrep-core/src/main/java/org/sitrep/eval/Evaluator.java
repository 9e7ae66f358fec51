package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.Analysis;
import org.sitrep.model.OffsetMap;

/**
 * Scores predictions against an evaluation set's key, as {@code ../shared/spec/gold-format.md}
 * defines the metrics. Each layer is scored only over the articles whose key has it, and is absent
 * from the report when no article's key has it. An article without a prediction (it failed, or was
 * skipped) counts as predicting nothing. Predicted offsets are mapped to the input text with {@link
 * Analysis#toSource()} before they are compared with the key.
 *
 * <p>Stateless; one instance can score any number of sets.
 */
public final class Evaluator {
  /** Distance within which a toponym counts as resolved (acc@161km). */
  public static final double ACC_KM = 161.0;

  /** Distance within which a predicted event's place is the gold event's place. */
  public static final double EVENT_KM = 50.0;

  private static final Analysis NOTHING =
      new Analysis(
          null, List.of(), List.of(), List.of(), List.of(), List.of(), OffsetMap.identity(0));

  /** Scores {@code predictions} (by article id) against {@code gold}. */
  public EvalReport evaluate(GoldSet gold, Map<String, Analysis> predictions) {
    return run(gold, predictions, null);
  }

  /**
   * Scores {@code predictions} and, for the toponym layer, {@code baseline} predictions side by
   * side (e.g. a naive gazetteer-lookup geoparser).
   */
  public EvalReport evaluate(
      GoldSet gold, Map<String, Analysis> predictions, Map<String, Analysis> baseline) {
    return run(gold, predictions, Objects.requireNonNull(baseline, "baseline"));
  }

  private static EvalReport run(
      GoldSet gold, Map<String, Analysis> predictions, Map<String, Analysis> baseline) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predictions, "predictions");
    ToponymScorer toponyms = null;
    ToponymScorer baselineToponyms = null;
    QuoteScorer quotes = null;
    CountScorer counts = null;
    EventScorer events = null;
    LabelScorer labels = null;
    int missing = 0;
    for (GoldDocument doc : gold.documents()) {
      Analysis analysis = predictions.get(doc.id());
      if (analysis == null) {
        missing++;
        analysis = NOTHING;
      }
      if (doc.toponyms() != null) {
        toponyms = toponyms == null ? new ToponymScorer() : toponyms;
        toponyms.add(doc.toponyms(), analysis);
        if (baseline != null) {
          baselineToponyms = baselineToponyms == null ? new ToponymScorer() : baselineToponyms;
          baselineToponyms.add(doc.toponyms(), baseline.getOrDefault(doc.id(), NOTHING));
        }
      }
      if (doc.quotes() != null) {
        quotes = quotes == null ? new QuoteScorer() : quotes;
        quotes.add(doc.quotes(), analysis);
      }
      if (doc.counts() != null) {
        counts = counts == null ? new CountScorer() : counts;
        counts.add(doc.counts(), analysis);
      }
      if (doc.events() != null) {
        events = events == null ? new EventScorer() : events;
        events.add(doc, analysis);
      }
      if (doc.labels() != null) {
        labels = labels == null ? new LabelScorer() : labels;
        labels.add(doc, analysis);
      }
    }
    return new EvalReport(
        gold.name(),
        gold.size(),
        missing,
        toponyms == null ? null : toponyms.result(),
        baselineToponyms == null ? null : baselineToponyms.result(),
        quotes == null ? null : quotes.result(),
        counts == null ? null : counts.result(),
        events == null ? null : events.result(),
        labels == null ? null : labels.result());
  }
}
