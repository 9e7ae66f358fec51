package org.sitrep.geo;

import java.util.Objects;

/**
 * One gazetteer entry.
 *
 * @param index position in the gazetteer (stable for one index file)
 * @param geonamesId the GeoNames id, or 0 when the entry has none (hand-written regions, admin
 *     divisions and countries whose id the data does not carry)
 * @param name the display name
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param kind what kind of place it is
 * @param featureCode GeoNames feature code ({@code PPLC}, {@code PPLA}, {@code ADM1}, {@code PCLI},
 *     {@code RGN}, {@code CONT}, …)
 * @param country ISO 3166-1 alpha-2 code, or empty for places in no single country
 * @param admin1 the first-order division's code within the country ({@code TX}, {@code 17}), or
 *     empty
 * @param population population, 0 when unknown
 */
public record GeoEntry(
    int index,
    long geonamesId,
    String name,
    double lat,
    double lon,
    PlaceKind kind,
    String featureCode,
    String country,
    String admin1,
    long population) {
  public GeoEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("bad coordinates for " + name + ": " + lat + "," + lon);
    }
  }

  /** The key of its first-order division, {@code country.admin1}, or empty. */
  public String admin1Key() {
    return admin1.isEmpty() || country.isEmpty() ? "" : country + "." + admin1;
  }

  public boolean isCapital() {
    return featureCode.equals("PPLC");
  }

  /** Seat of a first- or second-order division, or a capital. */
  public boolean isSeat() {
    return featureCode.equals("PPLC")
        || featureCode.equals("PPLA")
        || featureCode.equals("PPLA2")
        || featureCode.equals("PPLG");
  }
}
