package org.sitrep.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one exception mapper: every failure becomes {@code {"error", "status"}}, never a trace. */
final class ApiErrors {
  private ApiErrors() {}

  static void handle(Exception e, Context ctx) {
    int status;
    String message;
    if (e instanceof ApiException a) {
      status = a.status();
      message = a.getMessage();
    } else if (e instanceof HttpResponseException h) {
      status = h.getStatus();
      message = h.getMessage();
    } else if (e instanceof DateTimeParseException d) {
      status = 400;
      message = "not a date (YYYY-MM-DD): " + d.getParsedString();
    } else if (e instanceof IllegalArgumentException) {
      status = 400;
      message = e.getMessage();
    } else {
      status = 500;
      message = "internal error: " + e.getClass().getSimpleName();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message == null ? "error" : message);
    body.put("status", status);
    ctx.status(status).json(body);
  }
}
