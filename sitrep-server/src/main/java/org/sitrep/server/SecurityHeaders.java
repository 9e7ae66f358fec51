package org.sitrep.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** The headers every answer carries, Javalin's and Jetty's own error pages alike. */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static Map<String, String> all() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", SitrepServer.CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    return h;
  }
}
