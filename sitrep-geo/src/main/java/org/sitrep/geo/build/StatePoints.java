package org.sitrep.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.geo.NameNormalizer;

/**
 * Points of first-order divisions from the country-state-city package (states and provinces with
 * ISO 3166-2 codes and a point), mapped onto the GeoNames division codes by name: the same name
 * once generic words are left out ("Ajman Emirate" → "Ajman", "Kherson Oblast" → "Kherson"), or
 * the same code where GeoNames uses the ISO code ({@code US.TX}). A state whose name several
 * divisions of its country share maps to none, and neither does a division two states claim.
 */
final class StatePoints {
  /** Generic words of division names, dropped before names are compared. */
  private static final List<String> GENERIC =
      List.of(
          "oblast", "province", "provincia", "region", "governorate", "state", "territory",
          "department", "district", "prefecture", "voivodeship", "county", "municipality", "krai",
          "kray", "republic", "emirate", "canton", "division", "of", "the", "autonomous",
          "community", "special", "administrative", "capital", "city", "national", "federal",
          "parish", "muhafazat", "wilayah", "ostan", "departamento", "estado", "provinz", "land",
          "regione", "voivodship", "sheng", "shi", "zizhiqu", "au", "de", "del", "la", "le");

  private final Map<String, double[]> points;

  private StatePoints(Map<String, double[]> points) {
    this.points = points;
  }

  /** No points: the package is not there. */
  static StatePoints none() {
    return new StatePoints(Map.of());
  }

  static StatePoints read(ObjectMapper json, Path stateJson, Map<String, String> admin1Names)
      throws IOException {
    if (!Files.exists(stateJson)) {
      return none();
    }
    record State(String code, String key, double lat, double lon) {}
    Map<String, List<State>> byCountry = new HashMap<>();
    for (JsonNode s : json.readTree(stateJson.toFile())) {
      String lat = s.path("latitude").asText("");
      String lon = s.path("longitude").asText("");
      if (lat.isBlank() || lon.isBlank()) {
        continue;
      }
      byCountry
          .computeIfAbsent(s.path("countryCode").asText(), k -> new ArrayList<>())
          .add(
              new State(
                  s.path("isoCode").asText(),
                  core(s.path("name").asText()),
                  Double.parseDouble(lat),
                  Double.parseDouble(lon)));
    }
    Map<String, List<String>> claims = new HashMap<>();
    Map<String, State> chosen = new HashMap<>();
    for (var e : admin1Names.entrySet()) {
      String key = e.getKey();
      int dot = key.indexOf('.');
      String cc = key.substring(0, dot);
      String code = key.substring(dot + 1);
      String name = core(e.getValue());
      State match = null;
      int matches = 0;
      for (State s : byCountry.getOrDefault(cc, List.of())) {
        if (!name.isEmpty() && s.key.equals(name)) {
          match = s;
          matches++;
        }
      }
      if (matches != 1) {
        match = null;
        for (State s : byCountry.getOrDefault(cc, List.of())) {
          if (s.code.equals(code) && !code.chars().allMatch(Character::isDigit)) {
            match = s;
          }
        }
      }
      if (match != null) {
        chosen.put(key, match);
        claims.computeIfAbsent(cc + ":" + match.code, k -> new ArrayList<>()).add(key);
      }
    }
    Map<String, double[]> points = new HashMap<>();
    for (var e : chosen.entrySet()) {
      State s = e.getValue();
      String cc = e.getKey().substring(0, e.getKey().indexOf('.'));
      if (claims.get(cc + ":" + s.code).size() == 1) {
        points.put(e.getKey(), new double[] {s.lat, s.lon});
      }
    }
    return new StatePoints(points);
  }

  /** The point of a division ({@code country.admin1}), or null when no state maps onto it. */
  double[] point(String admin1Key) {
    return points.get(admin1Key);
  }

  int size() {
    return points.size();
  }

  /** A division name's key without generic words. */
  static String core(String name) {
    String key = NameNormalizer.key(name);
    StringBuilder out = new StringBuilder();
    for (String w : key.split(" ")) {
      if (!w.isEmpty() && !GENERIC.contains(w.toLowerCase(Locale.ROOT))) {
        out.append(out.length() == 0 ? "" : " ").append(w);
      }
    }
    return out.toString();
  }
}
