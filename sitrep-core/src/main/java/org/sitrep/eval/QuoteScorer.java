package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * Accumulates quote figures over articles. A gold quote's speaker is right when any predicted quote
 * overlapping it names a speaker matching one of its aliases ({@link NameMatch}).
 */
final class QuoteScorer {
  private long gold;
  private long optional;
  private long found;
  private long speaker;
  private long predicted;
  private long predictedRight;

  private record Located(Span span, Quote quote) {}

  void add(List<GoldQuote> quotes, Analysis analysis) {
    List<Located> predictions = new ArrayList<>();
    for (Quote q : analysis.quotes()) {
      Span span = SourceSpans.of(analysis, q.start(), q.end());
      if (span != null) {
        predictions.add(new Located(span, q));
      }
    }
    for (GoldQuote g : quotes) {
      if (g.optional()) {
        optional++;
        continue;
      }
      gold++;
      boolean isFound = false;
      boolean isRight = false;
      for (Located p : predictions) {
        if (p.span().overlaps(g.span())) {
          isFound = true;
          if (p.quote().speaker() != null
              && NameMatch.matches(p.quote().speaker().name(), g.speaker())) {
            isRight = true;
          }
        }
      }
      if (isFound) {
        found++;
      }
      if (isRight) {
        speaker++;
      }
    }
    for (Located p : predictions) {
      predicted++;
      for (GoldQuote g : quotes) {
        if (p.span().overlaps(g.span())) {
          predictedRight++;
          break;
        }
      }
    }
  }

  QuoteScores result() {
    return new QuoteScores(
        new Ratio(found, gold),
        new Ratio(speaker, gold),
        new Ratio(speaker, found),
        new Ratio(predictedRight, predicted),
        optional);
  }
}
