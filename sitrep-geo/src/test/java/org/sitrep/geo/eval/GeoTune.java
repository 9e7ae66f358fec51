package org.sitrep.geo.eval;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerPlaceResolver;
import org.sitrep.geo.recognize.RecognizerSettings;
import org.sitrep.geo.resolve.ScoringWeights;

/**
 * Coordinate search over the scoring weights on cached evaluation sets, maximising the mean
 * end-to-end rate (found and within 161 km) over the sets given. A measurement tool: it prints
 * weights; a person decides whether to adopt them. Usage: {@code GeoTune SHARED CACHE SET...}
 */
public final class GeoTune {
  private GeoTune() {}

  record Set(
      String name,
      List<DocCache.Cached> docs,
      Map<String, List<GoldToponym>> gold,
      Map<String, String> texts) {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Gazetteer g = Gazetteer.load();
    List<Set> sets = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      Path dir = shared.resolve("eval").resolve(args[i]);
      Map<String, String> texts = new HashMap<>();
      for (String line : java.nio.file.Files.readAllLines(dir.resolve("docs.jsonl"))) {
        if (!line.isBlank()) {
          var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
          texts.put(n.path("id").asText(), n.path("text").asText());
        }
      }
      sets.add(
          new Set(
              args[i],
              DocCache.read(cache.resolve(args[i] + ".bin.gz")),
              GeoEval.gold(dir.resolve("gold.jsonl")),
              texts));
    }
    RecordComponent[] comps = ScoringWeights.class.getRecordComponents();
    double[] w = values(ScoringWeights.defaults(), comps);
    double best = objective(g, sets, make(w), true);
    double[] factors = {0.0, 0.5, 0.75, 1.33, 2.0};
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < w.length; i++) {
        for (double f : factors) {
          double[] t = w.clone();
          t[i] = w[i] * f;
          if (t[i] == w[i]) {
            continue;
          }
          double o = objective(g, sets, make(t), false);
          if (o > best + 1e-4) {
            best = o;
            w = t;
            System.out.printf(Locale.ROOT, "%s -> %.3f: %.4f%n", comps[i].getName(), t[i], o);
          }
        }
      }
    }
    System.out.println(make(w));
    objective(g, sets, make(w), true);
  }

  static double objective(Gazetteer g, List<Set> sets, ScoringWeights w, boolean print) {
    GazetteerPlaceResolver r = new GazetteerPlaceResolver(g, RecognizerSettings.defaults(), w);
    double sum = 0;
    for (Set s : sets) {
      ToponymScore score = new ToponymScore();
      for (DocCache.Cached c : s.docs()) {
        String id = c.doc().document().id();
        score.add(
            id,
            s.texts().getOrDefault(id, c.doc().text()),
            s.gold().getOrDefault(id, List.of()),
            ToponymScore.predictions(r.resolve(c.doc()), c.doc().document().toSource()));
      }
      if (print) {
        System.out.println(score.row(s.name()));
      }
      sum += score.endToEnd();
    }
    return sum / sets.size();
  }

  static double[] values(ScoringWeights w, RecordComponent[] comps) throws Exception {
    double[] v = new double[comps.length];
    for (int i = 0; i < comps.length; i++) {
      v[i] = (double) comps[i].getAccessor().invoke(w);
    }
    return v;
  }

  static ScoringWeights make(double[] v) {
    try {
      Class<?>[] types = new Class<?>[v.length];
      Object[] args = new Object[v.length];
      for (int i = 0; i < v.length; i++) {
        types[i] = double.class;
        args[i] = v[i];
      }
      Constructor<ScoringWeights> c = ScoringWeights.class.getDeclaredConstructor(types);
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
