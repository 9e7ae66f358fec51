package org.sitrep.geo.eval;

import org.sitrep.model.Span;

/** One gold toponym of an answer key (gold-format.md). */
record GoldToponym(
    Span span, String text, Long geonamesId, Double lat, Double lon, String country, String level) {
  boolean hasCoordinates() {
    return lat != null && lon != null;
  }

  boolean countryLevel() {
    return "country".equals(level);
  }
}
