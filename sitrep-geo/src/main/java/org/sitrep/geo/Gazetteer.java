package org.sitrep.geo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.sitrep.geo.index.GazetteerData;
import org.sitrep.geo.index.GazetteerIndex;

/**
 * The offline gazetteer: GeoNames populated places, first- and second-order divisions, countries
 * and a hand-written table of named regions, looked up by normalised name. Immutable and
 * thread-safe; load it once per process ({@link #load()} takes about a second) and pass it to the
 * stages that need it.
 */
public final class Gazetteer {
  /** Where the build puts the compiled index on the classpath. */
  public static final String RESOURCE = "/org/sitrep/geo/gazetteer.bin";

  /** A look-up hit: the entry and whether the name is its main name (not an alternate). */
  public record Match(GeoEntry entry, boolean mainName) {}

  private final List<GeoEntry> entries;
  private final Map<String, int[]> names;
  private final Map<String, int[]> skeletons;
  private final Map<String, Integer> demonyms;
  private final Map<String, String> admin1Names;
  private final Map<String, GeoEntry> countries = new HashMap<>();
  private final Map<String, GeoEntry> admin1s = new HashMap<>();
  private final List<String> sources;
  private final String sha256;

  private final Map<String, int[]> consonants;

  private Gazetteer(GazetteerData data, String sha256) {
    this.entries = List.copyOf(data.entries());
    this.names = data.names();
    this.skeletons = data.skeletons();
    this.consonants = data.consonants();
    this.demonyms = data.demonyms();
    this.admin1Names = data.admin1Names();
    this.sources = List.copyOf(data.sources());
    this.sha256 = sha256;
    for (GeoEntry e : entries) {
      if (e.kind() == PlaceKind.COUNTRY) {
        countries.putIfAbsent(e.country(), e);
      } else if (e.kind() == PlaceKind.ADMIN1) {
        admin1s.putIfAbsent(e.admin1Key(), e);
      }
    }
  }

  /** Loads the index the build packaged on the classpath. */
  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new GazetteerException(
            RESOURCE, "not on the classpath (build sitrep-geo to compile it)", null);
      }
      return read(in.readAllBytes(), RESOURCE);
    } catch (IOException e) {
      throw new GazetteerException(RESOURCE, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads an index from bytes (as written by {@link GazetteerIndex#write}). */
  public static Gazetteer read(byte[] bytes, String origin) {
    try {
      return new Gazetteer(GazetteerIndex.read(new ByteArrayInputStream(bytes)), sha256(bytes));
    } catch (IOException e) {
      throw new GazetteerException(origin, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Builds a gazetteer from data in memory (tests, tools). */
  public static Gazetteer of(GazetteerData data) {
    return new Gazetteer(data, "in-memory");
  }

  /** Every entry whose main or alternate name has the same key as {@code name}. */
  public List<Match> lookup(String name) {
    return matches(names.get(NameNormalizer.key(name)));
  }

  /** Entries whose name has the same transliteration skeleton (a looser, second look-up). */
  public List<Match> lookupSkeleton(String name) {
    return matches(skeletons.get(NameNormalizer.skeleton(NameNormalizer.key(name))));
  }

  /**
   * Cities of country {@code cc} whose main name is {@code name} but for its vowels, letter for
   * letter, a leading Arabic article and transliteration variants aside ("Hasekeh" for Al Ḩasakah,
   * "Qamishlo" for Al Qāmishlī): the loosest look-up, for names nothing else matches.
   */
  public List<GeoEntry> lookupConsonants(String name, String cc) {
    String c = NameNormalizer.consonants(NameNormalizer.key(name));
    if (c.length() < 3 || cc.isEmpty()) {
      return List.of();
    }
    List<GeoEntry> out = new ArrayList<>();
    int[] postings = consonants.getOrDefault(cc + ":" + c, new int[0]);
    for (int p : postings) {
      GeoEntry e = entries.get(p >>> 1);
      if (NameNormalizer.vowelVariant(NameNormalizer.key(name), NameNormalizer.key(e.name()))) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether any entry has this name (main or alternate). */
  public boolean contains(String name) {
    return names.containsKey(NameNormalizer.key(name));
  }

  /**
   * The most likely entry of a name on its own: a country before a division before a city, then the
   * most populous.
   */
  public Optional<GeoEntry> find(String name) {
    return lookup(name).stream()
        .map(Match::entry)
        .min(
            Comparator.comparingInt((GeoEntry e) -> rank(e.kind()))
                .thenComparing(Comparator.comparingLong(GeoEntry::population).reversed()));
  }

  /** Like {@link #find} for a name that must be there. */
  public GeoEntry expect(String name) {
    return find(name).orElseThrow(() -> new NoSuchElementException("no place named " + name));
  }

  /** The country entry of an ISO 3166-1 alpha-2 code. */
  public Optional<GeoEntry> country(String iso2) {
    return Optional.ofNullable(countries.get(iso2));
  }

  /** The country a demonym or adjective names ("Ukrainian", "Syrians"), if any. */
  public Optional<GeoEntry> demonym(String word) {
    Integer i = demonyms.get(NameNormalizer.key(word));
    return i == null ? Optional.empty() : Optional.of(entries.get(i));
  }

  /** The first-order division an entry lies in, if the gazetteer has it. */
  public Optional<GeoEntry> admin1Of(GeoEntry e) {
    return Optional.ofNullable(admin1s.get(e.admin1Key()));
  }

  /** The name of the first-order division an entry lies in, or null. */
  public String admin1Name(GeoEntry e) {
    if (e.kind() == PlaceKind.COUNTRY) {
      return null;
    }
    return admin1Names.get(e.admin1Key());
  }

  public GeoEntry entry(int index) {
    return entries.get(index);
  }

  public int size() {
    return entries.size();
  }

  public int nameCount() {
    return names.size();
  }

  public String sha256() {
    return sha256;
  }

  public List<String> sources() {
    return sources;
  }

  /** For provenance: size, hash and data sources. */
  public String description() {
    return "gazetteer "
        + entries.size()
        + " entries sha256:"
        + (sha256.length() > 12 ? sha256.substring(0, 12) : sha256)
        + " ("
        + String.join(", ", sources)
        + ")";
  }

  private List<Match> matches(int[] postings) {
    if (postings == null) {
      return List.of();
    }
    List<Match> out = new ArrayList<>(postings.length);
    for (int p : postings) {
      out.add(new Match(entries.get(p >>> 1), (p & 1) == 1));
    }
    return out;
  }

  private static int rank(PlaceKind k) {
    return switch (k) {
      case COUNTRY -> 0;
      case ADMIN1 -> 1;
      case REGION -> 2;
      case CITY -> 3;
      case ADMIN2 -> 4;
      case SITE -> 5;
    };
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
