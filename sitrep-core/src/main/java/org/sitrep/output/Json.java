package org.sitrep.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.Analysis;

/** The one JSON configuration for sitrep's output: ISO dates, nulls kept, contract field order. */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One analysis as a single line of JSON. */
  public static String line(Analysis analysis) {
    return write(analysis, false);
  }

  /** One analysis as an indented JSON document. */
  public static String pretty(Analysis analysis) {
    return write(analysis, true);
  }

  /** The contract's error line for an article that could not be read. */
  public static String errorLine(String id, String error) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("error", error);
    return write(m, false);
  }

  private static String write(Object value, boolean pretty) {
    try {
      return pretty
          ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          : MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass(), e);
    }
  }
}
