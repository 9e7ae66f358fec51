package org.sitrep.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.taxonomy.EventStatus;

/**
 * Accumulates article-level count figures. The system's figure of a kind is the largest over its
 * events' counts of that kind (historical events, which the output contract leaves out of headline
 * figures, aside), a count's figure being its {@code value}, or {@code min} when the text gives
 * only a range; {@code arrested} counts for {@code captured}. Gold figures that are null are not
 * scored.
 */
final class CountScorer {
  private final Map<String, long[]> byKind = new TreeMap<>();

  private static final int EXACT = 0;
  private static final int WITHIN = 1;
  private static final int POSITIVE = 2;
  private static final int ZERO_NOTHING = 3;
  private static final int ZERO = 4;

  void add(Map<String, Long> counts, Analysis analysis) {
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      Long gold = e.getValue();
      if (gold == null) {
        continue;
      }
      String kind = e.getKey().toLowerCase(Locale.ROOT);
      long[] c = byKind.computeIfAbsent(kind, k -> new long[5]);
      Long system = systemFigure(kind, analysis);
      if (gold == 0) {
        c[ZERO]++;
        if (system == null || system == 0) {
          c[ZERO_NOTHING]++;
        }
      } else {
        c[POSITIVE]++;
        if (system != null && system.equals(gold)) {
          c[EXACT]++;
        }
        if (system != null && Math.abs(system - gold) * 10.0 <= Math.abs(gold)) {
          c[WITHIN]++;
        }
      }
    }
  }

  /** The largest figure of {@code kind} over the analysis's events, or null when none has one. */
  static Long systemFigure(String kind, Analysis analysis) {
    Long best = null;
    for (Event event : analysis.events()) {
      if (EventStatus.HISTORICAL.label().equals(event.status())) {
        continue; // background, left out of headline figures (output contract)
      }
      for (Count count : event.counts()) {
        if (!kindCounts(kind, count.kind())) {
          continue;
        }
        Long figure = figure(count);
        if (figure != null && (best == null || figure > best)) {
          best = figure;
        }
      }
    }
    return best;
  }

  /** A count's figure: its value, or its minimum when it gives only a range. */
  static Long figure(Count count) {
    return count.value() != null ? count.value() : count.min();
  }

  /** Whether a predicted count of kind {@code predicted} stands for gold kind {@code gold}. */
  static boolean kindCounts(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return false;
    }
    return gold.equalsIgnoreCase(predicted)
        || (gold.equalsIgnoreCase("captured") && predicted.equalsIgnoreCase("arrested"));
  }

  CountScores result() {
    long[] all = new long[5];
    Map<String, CountScores.Figures> kinds = new TreeMap<>();
    byKind.forEach(
        (k, c) -> {
          kinds.put(k, figures(c));
          for (int i = 0; i < all.length; i++) {
            all[i] += c[i];
          }
        });
    return new CountScores(figures(all), kinds);
  }

  private static CountScores.Figures figures(long[] c) {
    return new CountScores.Figures(
        new Ratio(c[EXACT], c[POSITIVE]),
        new Ratio(c[WITHIN], c[POSITIVE]),
        new Ratio(c[ZERO_NOTHING], c[ZERO]));
  }
}
