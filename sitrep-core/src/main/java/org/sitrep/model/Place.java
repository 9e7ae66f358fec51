package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A resolved toponym with all its mentions.
 *
 * @param precision {@code city}, {@code admin1}, {@code country}, {@code region} or {@code site}
 * @param metonymic true when every mention names a government or institution ("the Kremlin said")
 *     rather than the place itself; such a place is never where an event happened
 */
public record Place(
    String id,
    String name,
    Long geonames_id,
    Double lat,
    Double lon,
    String country,
    String admin1,
    String precision,
    double confidence,
    List<Mention> mentions,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean metonymic) {
  public Place {
    mentions = List.copyOf(mentions);
  }
}
