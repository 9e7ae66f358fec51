package org.sitrep.extract.events;

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

/** Nationality adjectives, demonyms and country names to ISO 3166-1 alpha-2 codes. */
public final class Demonyms {
  private static final Map<String, String> CODES = load();

  private Demonyms() {}

  /** The country a word or phrase names ("Russian", "Russians", "Ukraine", "U.S."), if any. */
  public static Optional<String> country(String words) {
    if (words == null) {
      return Optional.empty();
    }
    String key = words.toLowerCase(Locale.ROOT).trim();
    String code = CODES.get(key);
    if (code == null && key.endsWith("s")) {
      code = CODES.get(key.substring(0, key.length() - 1));
    }
    if (code == null && key.endsWith("'s")) {
      code = CODES.get(key.substring(0, key.length() - 2));
    }
    return Optional.ofNullable(code);
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = Demonyms.class.getResourceAsStream("demonyms.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        m.put(f[0], f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
