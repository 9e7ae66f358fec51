package org.sitrep.link;

import java.net.URI;
import java.util.Locale;

/** Who published an article, from its {@code source}. */
public final class Outlets {
  private Outlets() {}

  /**
   * The outlet an article's {@code source} names: a web address's host (without {@code www.}), a
   * plain name as it is; a file path (a file's source when no outlet was given) names none.
   */
  public static String of(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    String s = source.strip();
    if (s.startsWith("http://") || s.startsWith("https://")) {
      try {
        String host = URI.create(s).getHost();
        if (host == null) {
          return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (s.contains("/")
        || s.contains("\\")
        || s.equals("-")
        || s.matches("(?i).*\\.(txt|html?|jsonl|json|md)(#.*)?$")) {
      return null;
    }
    return s;
  }
}
