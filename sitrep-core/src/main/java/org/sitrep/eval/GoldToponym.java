package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.sitrep.model.Span;

/**
 * A gold toponym: a span of the input text, where it is, and whether it names a country.
 *
 * @param geonamesId GeoNames id, or null (0 is read as null)
 * @param lat latitude of the gold point, or null
 * @param lon longitude of the gold point, or null
 * @param country ISO 3166-1 alpha-2 code of the gold point, or null
 * @param level {@code "country"} for a country-level toponym, else null
 * @param toponymClass GeoWebNews' {@code literal} / {@code associative}, or null (not scored, used
 *     to break recall down)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldToponym(
    int start,
    int end,
    String text,
    @JsonProperty("geonames_id") Long geonamesId,
    Double lat,
    Double lon,
    String country,
    String level,
    @JsonProperty("class") String toponymClass) {
  public GoldToponym {
    if (geonamesId != null && geonamesId == 0) {
      geonamesId = null;
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }

  public boolean isCountryLevel() {
    return "country".equalsIgnoreCase(level);
  }
}
