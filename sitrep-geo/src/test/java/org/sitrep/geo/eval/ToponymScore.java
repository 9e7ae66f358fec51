package org.sitrep.geo.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.geo.resolve.Geo;
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Toponym scores by the rules of gold-format.md: recall of gold toponyms found (a predicted place
 * mention overlapping the span), of those with coordinates the share within 161 km (a country-level
 * toponym also counts when the prediction names the same country at country precision) and with the
 * exact GeoNames id, end to end, and precision of predicted mentions.
 */
final class ToponymScore {
  static final double KM = 161;

  int gold;
  int found;
  int goldWithCoords;
  int foundWithCoords;
  int within;
  int goldWithId;
  int foundWithId;
  int exactId;
  int predicted;
  int predictedCorrect;
  final List<String> misses = new ArrayList<>();
  final List<String> wrong = new ArrayList<>();
  final List<String> spurious = new ArrayList<>();

  /** A predicted mention, in source offsets, with the place it belongs to. */
  record Predicted(Span span, Place place) {}

  static List<Predicted> predictions(List<Place> places, OffsetMap toSource) {
    List<Predicted> out = new ArrayList<>();
    for (Place p : places) {
      for (Mention m : p.mentions()) {
        out.add(new Predicted(toSource.toSource(m.span()), p));
      }
    }
    return out;
  }

  void add(String docId, String text, List<GoldToponym> golds, List<Predicted> preds) {
    for (GoldToponym g : golds) {
      gold++;
      if (g.hasCoordinates()) {
        goldWithCoords++;
      }
      if (g.geonamesId() != null && g.geonamesId() > 0) {
        goldWithId++;
      }
      Predicted best = null;
      int bestOverlap = 0;
      for (Predicted p : preds) {
        int ov =
            Math.min(p.span().end(), g.span().end()) - Math.max(p.span().start(), g.span().start());
        if (ov > bestOverlap) {
          bestOverlap = ov;
          best = p;
        }
      }
      if (best == null) {
        misses.add(docId + "\t" + g.text() + "\t" + context(text, g.span()));
        continue;
      }
      found++;
      Place p = best.place();
      if (g.hasCoordinates()) {
        foundWithCoords++;
        boolean ok = false;
        double km = Double.NaN;
        if (p.lat() != null && p.lon() != null) {
          km = Geo.km(g.lat(), g.lon(), p.lat(), p.lon());
          ok = km <= KM;
        }
        if (!ok
            && g.countryLevel()
            && "country".equals(p.precision())
            && p.country() != null
            && p.country().equalsIgnoreCase(g.country())) {
          ok = true;
        }
        if (ok) {
          within++;
        } else {
          wrong.add(
              String.format(
                  Locale.ROOT,
                  "%s\t%s\tgold %s %.2f,%.2f %s\tgot %s %s %s %s,%s %.0fkm\t%s",
                  docId,
                  g.text(),
                  g.country(),
                  g.lat(),
                  g.lon(),
                  g.level() == null ? "" : g.level(),
                  p.name(),
                  p.country(),
                  p.precision(),
                  p.lat(),
                  p.lon(),
                  km,
                  context(text, g.span())));
        }
      }
      if (g.geonamesId() != null && g.geonamesId() > 0) {
        foundWithId++;
        if (g.geonamesId().equals(p.geonames_id())) {
          exactId++;
        }
      }
    }
    for (Predicted p : preds) {
      predicted++;
      boolean hit = false;
      for (GoldToponym g : golds) {
        if (p.span().overlaps(g.span())) {
          hit = true;
          break;
        }
      }
      if (hit) {
        predictedCorrect++;
      } else {
        spurious.add(
            docId
                + "\t"
                + p.span().of(text)
                + "\t"
                + p.place().name()
                + " "
                + p.place().precision()
                + "\t"
                + context(text, p.span()));
      }
    }
  }

  double recall() {
    return ratio(found, gold);
  }

  double acc161() {
    return ratio(within, foundWithCoords);
  }

  double endToEnd() {
    return ratio(within, goldWithCoords);
  }

  double exactIdRate() {
    return ratio(exactId, foundWithId);
  }

  double precision() {
    return ratio(predictedCorrect, predicted);
  }

  String row(String name) {
    return String.format(
        Locale.ROOT,
        "| %-10s | %4d | %.3f | %.3f | %.3f | %.3f | %.3f |",
        name,
        gold,
        recall(),
        acc161(),
        endToEnd(),
        precision(),
        exactIdRate());
  }

  static String header() {
    return "| resolver   | gold | recall | acc@161 | end-to-end | precision | exact id |\n"
        + "|---|---|---|---|---|---|---|";
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static String context(String text, Span s) {
    int a = Math.max(0, s.start() - 40);
    int b = Math.min(text.length(), s.end() + 40);
    if (s.end() > text.length()) {
      return "";
    }
    return (text.substring(a, s.start()) + "[" + s.of(text) + "]" + text.substring(s.end(), b))
        .replace('\n', ' ');
  }
}
