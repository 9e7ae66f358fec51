package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.recognize.ToponymMention;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

/**
 * Turns resolved mentions into the output contract's places: one place per gazetteer entry (or per
 * unknown name), ids {@code p1}, {@code p2}, … in order of first mention, all mentions in text
 * order, the highest mention confidence, metonymic when every mention is.
 */
final class PlaceBuilder {
  private PlaceBuilder() {}

  /**
   * One resolved mention.
   *
   * @param entry the chosen entry, or null when the name is unknown to the gazetteer
   * @param name the name of an unknown place (used when {@code entry} is null)
   * @param near for an unknown place, the document's focal place whose point stands in for it (a
   *     street, building or suburb is usually in or near the city the article is about), or null
   */
  record Resolved(
      ToponymMention mention,
      GeoEntry entry,
      String name,
      double confidence,
      boolean metonymic,
      GeoEntry near) {
    Resolved(
        ToponymMention mention, GeoEntry entry, String name, double confidence, boolean metonymic) {
      this(mention, entry, name, confidence, metonymic, null);
    }
  }

  static List<Place> build(AnnotatedDocument doc, List<Resolved> resolved, Gazetteer gazetteer) {
    List<Resolved> sorted = new ArrayList<>(resolved);
    sorted.sort(Comparator.comparing(r -> r.mention().span()));
    Map<Object, List<Resolved>> byPlace = new LinkedHashMap<>();
    for (Resolved r : sorted) {
      Object key = r.entry() != null ? r.entry().index() : "?" + NameNormalizer.key(r.name());
      byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Place> places = new ArrayList<>();
    String text = doc.text();
    for (List<Resolved> rs : byPlace.values()) {
      GeoEntry e = rs.get(0).entry();
      List<Mention> mentions = new ArrayList<>();
      double conf = 0;
      boolean metonymic = true;
      for (Resolved r : rs) {
        mentions.add(Mention.of(r.mention().span(), text));
        conf = Math.max(conf, r.confidence());
        metonymic &= r.metonymic();
      }
      conf = Math.round(Math.min(0.99, Math.max(0.01, conf)) * 1000) / 1000.0;
      String id = "p" + (places.size() + 1);
      GeoEntry near = rs.get(0).near();
      if (e == null) {
        places.add(
            new Place(
                id,
                rs.get(0).name(),
                null,
                near == null ? null : round(near.lat()),
                near == null ? null : round(near.lon()),
                near == null || near.country().isEmpty() ? null : near.country(),
                near == null ? null : admin1Name(near, gazetteer),
                GazetteerPlaceResolver.UNRESOLVED_PRECISION,
                conf,
                mentions,
                metonymic));
      } else {
        places.add(
            new Place(
                id,
                e.name(),
                e.geonamesId() == 0 ? null : e.geonamesId(),
                round(e.lat()),
                round(e.lon()),
                e.country().isEmpty() ? null : e.country(),
                admin1Name(e, gazetteer),
                e.kind().precision(),
                conf,
                mentions,
                metonymic));
      }
    }
    return places;
  }

  private static String admin1Name(GeoEntry e, Gazetteer g) {
    if (g == null) {
      return null;
    }
    return g.admin1Name(e);
  }

  private static double round(double v) {
    return Math.round(v * 100_000) / 100_000.0;
  }
}
