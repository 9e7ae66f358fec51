package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries by ISO 3166-1 code or English name: numeric code, name and ACLED region. Read from the
 * table the build writes ({@code countries.tsv}, from the world-countries data); immutable and
 * thread-safe, small enough to load anywhere ({@link #get()}).
 */
public final class Countries {
  /** Where the build puts the table on the classpath. */
  public static final String RESOURCE = "/org/sitrep/geo/countries.tsv";

  /** One country. */
  public record Country(String iso2, Integer isoNumeric, String name, String region) {}

  private static volatile Countries instance;

  private final Map<String, Country> byCode = new HashMap<>();
  private final Map<String, Country> byName = new HashMap<>();

  private Countries(InputStream in) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Country c =
            new Country(
                f[0],
                f[1].isBlank() ? null : Integer.valueOf(f[1].strip()),
                f[2],
                f[4].isBlank() ? null : f[4]);
        byCode.put(f[0], c);
        byName.putIfAbsent(key(f[2]), c);
        byName.putIfAbsent(key(f[3]), c);
      }
    }
  }

  /** The table the build packaged. */
  public static Countries get() {
    Countries c = instance;
    if (c == null) {
      synchronized (Countries.class) {
        if (instance == null) {
          try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new GazetteerException(
                  RESOURCE, "not on the classpath (build sitrep-geo to write it)", null);
            }
            instance = new Countries(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        c = instance;
      }
    }
    return c;
  }

  /** A country by its alpha-2 code ("UA"). */
  public Optional<Country> byCode(String iso2) {
    return iso2 == null
        ? Optional.empty()
        : Optional.ofNullable(byCode.get(iso2.strip().toUpperCase(Locale.ROOT)));
  }

  /** A country by alpha-2 code or English name, common or official ("ua", "Ukraine"). */
  public Optional<Country> find(String codeOrName) {
    if (codeOrName == null || codeOrName.isBlank()) {
      return Optional.empty();
    }
    String s = codeOrName.strip();
    if (s.length() == 2) {
      Optional<Country> c = byCode(s);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.ofNullable(byName.get(key(s)));
  }

  private static String key(String name) {
    return NameNormalizer.key(name);
  }
}
