package org.sitrep.fuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.taxonomy.EventType;

/**
 * An event's confidence as the probability that it is right: a logistic regression over what
 * supports it — its family and status, how many sentences report it, whether the syntax found its
 * actor and target, whether it has a figure, a place (a statement needs none) and a date of its
 * own, whether a verb triggered it, and the extractor's own estimate (trigger strength, place). The
 * weights ({@code confidence.tsv}) are fitted on the development sets by {@code
 * testdata/tools/fit_confidence.py} from {@code sitrep eval --calibration} rows, so that "0.8"
 * means right about four times in five on those sets (README, "Confidence"). Features here and in
 * the script must stay the same.
 */
public final class EventConfidence {
  private final Map<String, Double> weights;

  private EventConfidence(Map<String, Double> weights) {
    this.weights = weights;
  }

  /** The weights shipped with sitrep. */
  public static EventConfidence load() {
    Map<String, Double> w = new HashMap<>();
    try (InputStream in = EventConfidence.class.getResourceAsStream("confidence.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource confidence.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        w.put(f[0], Double.parseDouble(f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EventConfidence(Map.copyOf(w));
  }

  /** The event with its calibrated confidence, rounded to two places. */
  public Event calibrated(Event e) {
    double z = weight("bias");
    z += weight("family=" + e.family());
    z += weight("status=" + e.status());
    int n = e.evidence().size();
    z += weight("evidence=" + (n == 1 ? "1" : n == 2 ? "2" : "3+"));
    z += e.actors().isEmpty() ? 0 : weight("has_actors");
    z += e.targets().isEmpty() ? 0 : weight("has_targets");
    z += e.counts().isEmpty() ? 0 : weight("has_counts");
    // a statement is placed by its speaker, not by where it was said: no place is no doubt
    boolean placed = e.place() != null || EventType.expect(e.type()).family().isStatement();
    z += placed ? weight("has_place") : 0;
    z += e.date() == null || e.date().start() == null ? 0 : weight("has_date");
    boolean verbal = false;
    for (Evidence ev : e.evidence()) {
      verbal |= ev.rule() != null && ev.rule().endsWith("/V");
    }
    z += verbal ? weight("verbal") : 0;
    z += weight("prior") * e.confidence();
    double p = 1 / (1 + Math.exp(-z));
    return e.withConfidence(Math.round(p * 100) / 100.0);
  }

  private double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }
}
