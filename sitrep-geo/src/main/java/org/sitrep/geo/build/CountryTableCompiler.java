package org.sitrep.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the country table {@link org.sitrep.geo.Countries} reads: ISO 3166-1 alpha-2 and numeric
 * codes, the common English name (from the world-countries package the build fetched) and ACLED's
 * region (from {@code acled-regions.tsv}), one country a line.
 */
public final class CountryTableCompiler {
  private CountryTableCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: CountryTableCompiler NODE_MODULES_DIR TABLES_DIR OUTPUT_FILE");
    }
    Path countries = Path.of(args[0], "world-countries", "countries.json");
    Path regions = Path.of(args[1], "acled-regions.tsv");
    Path out = Path.of(args[2]);
    Map<String, String> acled = new HashMap<>();
    for (String line : Files.readAllLines(regions, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      acled.put(f[0].strip(), f[1].strip());
    }
    Map<String, String> rows = new TreeMap<>();
    for (JsonNode c : new ObjectMapper().readTree(countries.toFile())) {
      String cc = c.path("cca2").asText().toUpperCase(Locale.ROOT);
      if (cc.length() != 2) {
        continue;
      }
      String region = acled.getOrDefault(cc, acled.getOrDefault(c.path("subregion").asText(), ""));
      rows.put(
          cc,
          String.join(
              "\t",
              cc,
              c.path("ccn3").asText(""),
              c.path("name").path("common").asText(cc),
              c.path("name").path("official").asText(""),
              region));
    }
    Files.createDirectories(out.getParent());
    StringBuilder b = new StringBuilder("# iso2\tiso_numeric\tname\tofficial_name\tacled_region\n");
    rows.values().forEach(r -> b.append(r).append('\n'));
    Files.writeString(out, b, StandardCharsets.UTF_8);
    System.out.println("country table: " + rows.size() + " countries -> " + out);
  }
}
