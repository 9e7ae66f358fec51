package org.sitrep.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeExpression;

/**
 * The output contract, pinned: a hand-built analysis serialises exactly as the hand-written golden
 * file {@code contract/analysis.golden.json} (values, field order, nulls, ISO dates), and every
 * field of {@code shared/spec/output-contract.md} is there.
 */
class JsonTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String TEXT =
      "Russian shelling killed one man in Kharkiv today, deputy mayor Petro Hnatiuk said:"
          + " “The city is being destroyed street by street.”";
  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

  static Analysis analysis() {
    DocumentInfo doc =
        new DocumentInfo(
            "kharkiv-2024-03-12", Cleaner.sha256(TEXT), null, DAY, "kharkiv.txt", TEXT);
    Entity hnatiuk =
        new Entity(
            "e1",
            EntityKind.PERSON,
            "Petro Hnatiuk",
            "deputy mayor",
            List.of(mention("Petro Hnatiuk")));
    Place kharkiv =
        new Place(
            "p1",
            "Kharkiv",
            706483L,
            49.98081,
            36.25272,
            "UA",
            "Kharkiv",
            "city",
            0.97,
            List.of(mention("Kharkiv")),
            false);
    TimeExpression today = new TimeExpression(mention("today"), DAY, DAY, DatePrecision.DAY);
    Event shelling =
        new Event(
            "v1",
            "ATTACK.SHELLING",
            "occurred",
            new EventDate(DAY, DAY, DatePrecision.DAY, "today"),
            "p1",
            List.of(new Participant("Russian", null, "RU", "state-forces")),
            List.of(new Participant("one man", null, "UA", "civilians")),
            List.of(new Count("killed", 1L, 1L, 1L, false, "killed one man")),
            new Speaker("Petro Hnatiuk", "e1"),
            List.of(new Evidence(0, TEXT.length())),
            0.91);
    String said = "The city is being destroyed street by street.";
    int q = TEXT.indexOf(said);
    Quote quote =
        new Quote("q1", q, q + said.length(), said, new Speaker("Petro Hnatiuk", "e1"), 0.88);
    return new Analysis(
        doc,
        List.of(hnatiuk),
        List.of(kharkiv),
        List.of(shelling),
        List.of(quote),
        List.of(today),
        OffsetMap.identity(TEXT.length()));
  }

  private static Mention mention(String words) {
    int at = TEXT.indexOf(words);
    return Mention.of(new Span(at, at + words.length()), TEXT);
  }

  private static JsonNode golden() throws IOException {
    try (InputStream in = JsonTest.class.getResourceAsStream("/contract/analysis.golden.json")) {
      return PLAIN.readTree(in);
    }
  }

  @Test
  void prettyOutputEqualsTheGoldenFile() throws IOException {
    String pretty = Json.pretty(analysis());
    JsonNode actual = PLAIN.readTree(pretty);
    assertThat(actual).isEqualTo(golden());
    assertThat(fieldOrder(actual)).isEqualTo(fieldOrder(golden()));
    assertThat(pretty.lines().count()).isGreaterThan(20);
  }

  @Test
  void lineOutputIsOneLineWithTheSameContent() throws IOException {
    String line = Json.line(analysis());
    assertThat(line).doesNotContain("\n");
    assertThat(PLAIN.readTree(line)).isEqualTo(golden());
    assertThat(line).startsWith("{\"schema\":\"sitrep/v1\",\"document\":{\"id\":");
  }

  @Test
  void nullsAreWrittenNotDropped() {
    String line = Json.line(analysis());
    assertThat(line).contains("\"title\":null").contains("\"entity\":null");
  }

  @Test
  void datesAreIsoStringsNotArraysOrNumbers() {
    String line = Json.line(analysis());
    assertThat(line).contains("\"published\":\"2024-03-12\"");
    assertThat(line).doesNotContain("[2024,3,12]").doesNotContain("\"published\":1710");
  }

  @Test
  void offsetMapIsNotSerialised() {
    assertThat(Json.line(analysis())).doesNotContain("toSource").doesNotContain("pieces");
  }

  @Test
  void metonymicPlaceFlagAppearsOnlyWhenTrue() throws IOException {
    Place kremlin =
        new Place(
            "p2", "Moscow", 524901L, 55.75, 37.62, "RU", "Moscow", "city", 0.9, List.of(), true);
    Analysis a = analysis();
    Analysis withKremlin =
        new Analysis(
            a.document(),
            a.entities(),
            List.of(a.places().get(0), kremlin),
            a.events(),
            a.quotes(),
            a.dates(),
            a.toSource());
    JsonNode places = PLAIN.readTree(Json.line(withKremlin)).get("places");
    assertThat(places.get(0).has("metonymic")).isFalse();
    assertThat(places.get(1).get("metonymic").asBoolean()).isTrue();
  }

  @Test
  void errorLineHasIdThenError() {
    String line = Json.errorLine("docs.jsonl:7", "docs.jsonl:7: malformed JSON line");
    assertThat(line)
        .isEqualTo("{\"id\":\"docs.jsonl:7\",\"error\":\"docs.jsonl:7: malformed JSON line\"}");
    assertThat(Json.errorLine(null, "x")).isEqualTo("{\"id\":null,\"error\":\"x\"}");
  }

  @Test
  void everyFieldOfTheWrittenContractIsPresentInOrderWithItsType() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    Path spec = shared == null ? null : Path.of(shared, "spec", "output-contract.md");
    Assumptions.assumeTrue(
        spec != null && Files.isRegularFile(spec),
        "shared/spec/output-contract.md not available (set -Dsitrep.shared); skipping");
    JsonNode contract = PLAIN.readTree(jsoncBlock(Files.readString(spec, StandardCharsets.UTF_8)));
    JsonNode ours = PLAIN.readTree(Json.pretty(analysis()));
    List<String> missing = new ArrayList<>();
    compare("", contract, ours, missing);
    assertThat(missing).as("contract fields missing, misordered or retyped").isEmpty();
  }

  /** The first ```jsonc block of the contract, comments removed. */
  static String jsoncBlock(String markdown) {
    Matcher m = Pattern.compile("```jsonc\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    assertThat(m.find()).as("a ```jsonc block in the contract").isTrue();
    StringBuilder out = new StringBuilder();
    for (String line : m.group(1).split("\n")) {
      out.append(stripComment(line)).append('\n');
    }
    return out.toString();
  }

  private static String stripComment(String line) {
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static void compare(
      String path, JsonNode contract, JsonNode ours, List<String> problems) {
    if (ours == null || ours.isMissingNode()) {
      problems.add(path + " missing");
      return;
    }
    if (contract.isObject()) {
      if (!ours.isObject()) {
        problems.add(path + " is not an object");
        return;
      }
      List<String> theirs = new ArrayList<>();
      contract.fieldNames().forEachRemaining(theirs::add);
      List<String> mine = new ArrayList<>();
      ours.fieldNames().forEachRemaining(mine::add);
      List<String> mineInContract = mine.stream().filter(theirs::contains).toList();
      if (!mineInContract.equals(theirs)) {
        problems.add(path + " fields " + mineInContract + " != contract " + theirs);
      }
      for (String f : theirs) {
        compare(path + "." + f, contract.get(f), ours.get(f), problems);
      }
    } else if (contract.isArray()) {
      if (!ours.isArray() || ours.isEmpty()) {
        problems.add(path + " is not a non-empty array");
        return;
      }
      if (!contract.isEmpty()) {
        compare(path + "[0]", contract.get(0), ours.get(0), problems);
      }
    } else if (contract.isNull()) {
      return; // the contract's example value is null: any type may appear
    } else if (!ours.isNull() && contract.getNodeType() != ours.getNodeType()) {
      problems.add(path + " is " + ours.getNodeType() + ", contract " + contract.getNodeType());
    }
  }

  /** Every object's field names, in order, depth first. */
  private static List<String> fieldOrder(JsonNode node) {
    List<String> out = new ArrayList<>();
    walk("", node, out);
    return out;
  }

  private static void walk(String path, JsonNode node, List<String> out) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        out.add(path + "." + n);
        walk(path + "." + n, node.get(n), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(path + "[" + i + "]", node.get(i), out);
      }
    }
  }
}
