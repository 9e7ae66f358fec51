package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.EventQuery;

/** Reads an {@link EventQuery} and paging from query parameters, rejecting malformed values. */
final class Params {
  private Params() {}

  static EventQuery eventQuery(Context ctx, int defaultLimit) {
    return new EventQuery(
        list(ctx, "family"),
        list(ctx, "type"),
        date(ctx, "from"),
        date(ctx, "to"),
        bbox(ctx.queryParam("bbox")),
        ctx.queryParam("place"),
        ctx.queryParam("actor"),
        list(ctx, "status"),
        dbl(ctx, "min_confidence"),
        ctx.queryParam("q"),
        ctx.queryParam("article"),
        EventQuery.Sort.parse(ctx.queryParam("sort")),
        integer(ctx, "limit", defaultLimit),
        integer(ctx, "offset", 0),
        list(ctx, "country"),
        list(ctx, "admin1"),
        bool(ctx, "with_fatalities"));
  }

  static boolean bool(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return false;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badRequest(name + " must be true or false, not " + v);
    };
  }

  /**
   * Refuses a query parameter the endpoint does not know ({@code country=UA} on an endpoint without
   * a country filter would otherwise be ignored silently and return everything).
   */
  static void known(Context ctx, java.util.Set<String> names) {
    for (String given : ctx.queryParamMap().keySet()) {
      if (!names.contains(given)) {
        throw ApiException.badRequest(
            "unknown query parameter: "
                + given
                + (names.isEmpty()
                    ? " (this endpoint takes none)"
                    : " (known: " + String.join(", ", new java.util.TreeSet<>(names)) + ")"));
      }
    }
  }

  /** A parameter given as {@code a,b} or repeated; empty when absent. */
  static List<String> list(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
  }

  static Double dbl(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " is not a number: " + v);
    }
  }

  static int integer(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " is not a whole number: " + v);
    }
  }

  static double[] bbox(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String[] parts = v.split(",");
    if (parts.length != 4) {
      throw ApiException.badRequest("bbox needs four numbers: west,south,east,north");
    }
    double[] b = new double[4];
    try {
      for (int i = 0; i < 4; i++) {
        b[i] = Double.parseDouble(parts[i].strip());
      }
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("bbox needs four numbers: west,south,east,north");
    }
    return b;
  }
}
