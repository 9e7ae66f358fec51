package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.output.Json;
import org.sitrep.taxonomy.EventType;

/**
 * Checks one analysis against the output contract ({@code ../shared/spec/output-contract.md}) as it
 * is written out: every listed field there with its type, every enumerated value one the contract
 * lists, every date in ISO form, every confidence in [0, 1], and every offset pointing at the text
 * it names in {@code document.text}. Gives the problems found, empty when there are none.
 */
final class ContractCheck {
  private static final Set<String> ENTITY_KINDS =
      Set.of("PERSON", "ORGANIZATION", "GROUP", "NATIONALITY");
  private static final Set<String> PLACE_PRECISIONS =
      Set.of("city", "admin1", "country", "region", "site");
  private static final Set<String> STATUSES =
      Set.of(
          "occurred",
          "ongoing",
          "planned",
          "claimed",
          "denied",
          "hypothetical",
          "violated",
          "suspended",
          "agreed",
          "historical");
  private static final Set<String> DATE_PRECISIONS =
      Set.of("day", "week", "month", "year", "unknown");
  private static final Set<String> COUNT_KINDS =
      Set.of(
          "killed",
          "injured",
          "missing",
          "captured",
          "evacuated",
          "planned_evacuees",
          "displaced",
          "refugees",
          "arrested",
          "other");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final List<String> problems = new ArrayList<>();
  private String text = "";

  private ContractCheck() {}

  /** The contract's violations in this analysis, serialised as sitrep writes it. */
  static List<String> problems(Analysis a) {
    ContractCheck c = new ContractCheck();
    try {
      c.document(Json.mapper().readTree(Json.line(a)));
    } catch (java.io.IOException e) {
      c.problems.add("not JSON: " + e.getMessage());
    }
    return c.problems;
  }

  private void document(JsonNode root) {
    expect(root.path("schema").asText().equals("sitrep/v1"), "schema is not sitrep/v1");
    JsonNode d = root.path("document");
    for (String f : List.of("id", "sha256", "text")) {
      expect(d.path(f).isTextual(), "document." + f + " is not a string");
    }
    for (String f : List.of("title", "source", "published")) {
      expect(d.has(f) && (d.get(f).isNull() || d.get(f).isTextual()), "document." + f);
    }
    expect(SHA256.matcher(d.path("sha256").asText()).matches(), "document.sha256 is not hex");
    if (d.path("published").isTextual()) {
      isoDay(d.get("published"), "document.published");
    }
    text = d.path("text").asText();
    for (JsonNode e : array(root, "entities")) {
      string(e, "id");
      expect(ENTITY_KINDS.contains(e.path("kind").asText()), "entity kind " + e.path("kind"));
      string(e, "name");
      nullableString(e, "role");
      mentions(e, "entity " + e.path("id"));
    }
    for (JsonNode p : array(root, "places")) {
      string(p, "id");
      string(p, "name");
      expect(PLACE_PRECISIONS.contains(p.path("precision").asText()), "place precision");
      confidence(p, "place " + p.path("id"));
      for (String f : List.of("lat", "lon")) {
        expect(p.has(f) && (p.get(f).isNull() || p.get(f).isNumber()), "place." + f);
      }
      mentions(p, "place " + p.path("id"));
    }
    for (JsonNode v : array(root, "events")) {
      string(v, "id");
      expect(
          EventType.fromLabel(v.path("type").asText()).isPresent(), "event type " + v.get("type"));
      expect(STATUSES.contains(v.path("status").asText()), "event status " + v.get("status"));
      JsonNode date = v.path("date");
      if (!date.isNull()) {
        for (String f : List.of("start", "end")) {
          if (!date.path(f).isNull()) {
            isoDay(date.path(f), "event date." + f);
          }
        }
        expect(DATE_PRECISIONS.contains(date.path("precision").asText()), "date precision");
      }
      expect(v.has("place") && (v.get("place").isNull() || v.get("place").isTextual()), "place");
      for (String side : List.of("actors", "targets")) {
        for (JsonNode p : array(v, side)) {
          string(p, "name");
        }
      }
      for (JsonNode c : array(v, "counts")) {
        expect(COUNT_KINDS.contains(c.path("kind").asText()), "count kind " + c.get("kind"));
        expect(c.has("approximate") && c.get("approximate").isBoolean(), "count.approximate");
      }
      List<JsonNode> evidence = array(v, "evidence");
      expect(!evidence.isEmpty(), "event without evidence");
      for (JsonNode e : evidence) {
        span(e.path("start").asInt(-1), e.path("end").asInt(-1), null, "evidence");
      }
      confidence(v, "event " + v.path("id"));
    }
    for (JsonNode q : array(root, "quotes")) {
      string(q, "id");
      span(q.path("start").asInt(-1), q.path("end").asInt(-1), q.path("text").asText(), "quote");
      expect(q.has("speaker"), "quote.speaker");
      confidence(q, "quote " + q.path("id"));
    }
  }

  private void mentions(JsonNode owner, String what) {
    List<JsonNode> ms = array(owner, "mentions");
    expect(!ms.isEmpty(), what + " has no mentions");
    for (JsonNode m : ms) {
      span(m.path("start").asInt(-1), m.path("end").asInt(-1), m.path("text").asText(), what);
    }
  }

  private void span(int start, int end, String names, String what) {
    if (start < 0 || end < start || end > text.length()) {
      problems.add(what + ": [" + start + ", " + end + ") is outside the text");
    } else if (names != null && !text.substring(start, end).equals(names)) {
      problems.add(what + ": [" + start + ", " + end + ") does not hold \"" + names + "\"");
    }
  }

  private List<JsonNode> array(JsonNode n, String field) {
    JsonNode a = n.path(field);
    List<JsonNode> out = new ArrayList<>();
    if (!a.isArray()) {
      problems.add(field + " is not an array");
      return out;
    }
    a.forEach(out::add);
    return out;
  }

  private void string(JsonNode n, String field) {
    expect(n.path(field).isTextual(), field + " is not a string");
  }

  private void nullableString(JsonNode n, String field) {
    expect(n.has(field) && (n.get(field).isNull() || n.get(field).isTextual()), field);
  }

  private void confidence(JsonNode n, String what) {
    double c = n.path("confidence").asDouble(-1);
    expect(n.path("confidence").isNumber() && c >= 0 && c <= 1, what + " confidence " + c);
  }

  private void isoDay(JsonNode n, String what) {
    expect(
        n.isTextual() && ISO_DAY.matcher(n.asText()).matches(), what + " is not YYYY-MM-DD: " + n);
  }

  private void expect(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }
}
