package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sitrep.output.Json;

/** The API's OpenAPI description ({@code openapi.json}), and the query parameters it lists. */
final class OpenApi {
  private static final String TEXT = load();

  private OpenApi() {}

  static String text() {
    return TEXT;
  }

  /** The query parameters the description lists for a path's GET. */
  static Set<String> queryParameters(String path) {
    try {
      JsonNode get = Json.mapper().readTree(TEXT).path("paths").path(path).path("get");
      if (get.isMissingNode()) {
        throw new IllegalStateException("openapi.json does not describe GET " + path);
      }
      Set<String> out = new LinkedHashSet<>();
      for (JsonNode p : get.path("parameters")) {
        if (p.path("in").asText().equals("query")) {
          out.add(p.path("name").asText());
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String load() {
    try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
