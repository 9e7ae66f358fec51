package org.sitrep.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of a URL that two links to the same page share: scheme and host lower-cased, the default
 * port, the fragment and the usual tracking parameters ({@code utm_*}, {@code fbclid}, {@code
 * gclid}, ...) removed.
 */
public final class CanonicalUrl {
  private static final Set<String> TRACKING =
      Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src");

  private CanonicalUrl() {}

  /**
   * The canonical form of {@code link}, resolved against {@code base} when relative.
   *
   * @throws IllegalArgumentException when it is not an http(s) URL
   */
  public static String of(String base, String link) {
    if (link == null || link.isBlank()) {
      throw new IllegalArgumentException("no link");
    }
    URI uri;
    try {
      uri = base == null ? new URI(link.strip()) : new URI(base).resolve(link.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + link.strip());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + link.strip());
    }
    int port = uri.getPort();
    if (scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder out =
        new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
    if (port >= 0) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
