package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a gold event happened. {@code geonamesId} 0 is read as null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldPlace(
    String name, @JsonProperty("geonames_id") Long geonamesId, Double lat, Double lon) {
  public GoldPlace {
    if (geonamesId != null && geonamesId == 0) {
      geonamesId = null;
    }
  }

  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }
}
