package org.sitrep.geo.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rest of the document says about where it is.
 *
 * @param countries share of the document's country evidence per country code (sums to 1, or empty)
 * @param admin1s division keys ({@code UA.17}) the document names
 * @param points coordinates ({@code [lat, lon]}) of the other places the document names, for the
 *     distance feature; a name's own point is left out by the caller
 */
public record Focus(Map<String, Double> countries, Set<String> admin1s, List<double[]> points) {
  public static final Focus NONE = new Focus(Map.of(), Set.of(), List.of());

  public double countryShare(String cc) {
    return cc.isEmpty() ? 0 : countries.getOrDefault(cc, 0.0);
  }

  public Focus withPoints(List<double[]> otherPoints) {
    return new Focus(countries, admin1s, otherPoints);
  }
}
