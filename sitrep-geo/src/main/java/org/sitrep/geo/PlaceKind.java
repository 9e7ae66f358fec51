package org.sitrep.geo;

import java.util.Locale;

/** What kind of gazetteer entry a place is; each maps to one output {@code precision}. */
public enum PlaceKind {
  /** A populated place (GeoNames feature class P). */
  CITY("city"),
  /** A second-order administrative division (county, district, raion). */
  ADMIN2("region"),
  /** A first-order administrative division (state, province, oblast). */
  ADMIN1("admin1"),
  /** A country or dependent territory. */
  COUNTRY("country"),
  /** A named region that is not an administrative unit: conflict zones, seas, continents. */
  REGION("region"),
  /** A point feature smaller than a city (airport, building). */
  SITE("site");

  private final String precision;

  PlaceKind(String precision) {
    this.precision = precision;
  }

  /** The output contract's {@code precision} value. */
  public String precision() {
    return precision;
  }

  public static PlaceKind parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
