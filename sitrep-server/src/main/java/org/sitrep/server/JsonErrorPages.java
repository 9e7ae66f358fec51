package org.sitrep.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.sitrep.output.Json;

/**
 * Jetty's own error answers (a malformed request, a URI or header too long) in the API's shape,
 * {@code {"error", "status"}}, with the security headers every answer carries, instead of Jetty's
 * HTML page.
 */
final class JsonErrorPages extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    SecurityHeaders.all().forEach(fields::put);
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json");
    SecurityHeaders.all().forEach(response::setHeader);
    response.getOutputStream().write(body(code, message));
  }

  static byte[] body(int status, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", reason == null || reason.isBlank() ? "bad request" : oneLine(reason));
    m.put("status", status);
    try {
      return Json.mapper().writeValueAsString(m).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String oneLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
