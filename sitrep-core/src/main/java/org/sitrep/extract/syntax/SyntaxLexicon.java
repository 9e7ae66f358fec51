package org.sitrep.extract.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The words of {@code syntax.tsv}, by role: the only language-specific part of this package. */
public final class SyntaxLexicon {
  private static final SyntaxLexicon ENGLISH = load("syntax.tsv");

  private final Map<String, Set<String>> byRole;

  private SyntaxLexicon(Map<String, Set<String>> byRole) {
    this.byRole = byRole;
  }

  /** The English lexicon shipped with sitrep. */
  public static SyntaxLexicon english() {
    return ENGLISH;
  }

  /** Whether {@code lemma} has {@code role} ("negator", "modal", "irrealis", …). */
  public boolean is(String role, String lemma) {
    Set<String> s = byRole.get(role);
    return s != null && s.contains(lemma);
  }

  static SyntaxLexicon load(String resource) {
    Map<String, Set<String>> map = new HashMap<>();
    try (InputStream in = SyntaxLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length == 2) {
          map.computeIfAbsent(f[0].trim(), k -> new HashSet<>()).add(f[1].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    map.replaceAll((k, v) -> Set.copyOf(v));
    return new SyntaxLexicon(Map.copyOf(map));
  }
}
