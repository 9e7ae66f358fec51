package org.sitrep.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.Analysis;
import org.sitrep.model.Event;

/**
 * Accumulates snippet-label figures: per snippet, the set of families of its predicted events that
 * the key covers against the set of gold labels.
 */
final class LabelScorer {
  private final Map<String, long[]> byFamily = new TreeMap<>();

  void add(GoldDocument gold, Analysis analysis) {
    Set<String> predicted = new TreeSet<>();
    for (Event e : analysis.events()) {
      String family = EventScorer.family(e);
      if (gold.covers(family)) {
        predicted.add(family);
      }
    }
    Set<String> expected = new TreeSet<>();
    for (String label : gold.labels()) {
      expected.add(label.toUpperCase(Locale.ROOT));
    }
    for (String f : predicted) {
      long[] c = byFamily.computeIfAbsent(f, k -> new long[3]);
      c[expected.contains(f) ? 0 : 1]++;
    }
    for (String f : expected) {
      if (!predicted.contains(f)) {
        byFamily.computeIfAbsent(f, k -> new long[3])[2]++;
      }
    }
  }

  LabelScores result() {
    Map<String, Prf> families = new TreeMap<>();
    Prf micro = Prf.ZERO;
    double f1Sum = 0;
    for (Map.Entry<String, long[]> e : byFamily.entrySet()) {
      long[] c = e.getValue();
      Prf prf = new Prf(c[0], c[1], c[2]);
      families.put(e.getKey(), prf);
      micro = micro.plus(prf);
      f1Sum += prf.f1().value();
    }
    double macro = families.isEmpty() ? Double.NaN : f1Sum / families.size();
    return new LabelScores(micro, macro, families);
  }
}
