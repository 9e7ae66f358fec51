package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep extract} end to end through {@link Main#run}, on real CoreNLP. */
class ExtractCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String KHARKIV =
      """
      Russian missiles struck an apartment block in Kharkiv overnight, killing three people, regional governor Petro Hnatiuk said.
      Follow our live blog for the latest on the war in Ukraine.
      “It was a direct hit on a residential building,” Hnatiuk told reporters at the scene.
      Olena Kovalenko, 44, said: “We heard the whistle and then the windows came in.”
      """;

  private static final String SAHEL_JSONL =
      "{\"id\":\"sahel-1\",\"text\":\"Jihadist fighters attacked an army post near Djibo on"
          + " Saturday, killing 30 soldiers. \\\"They came on motorbikes,\\\" said Issa Ouedraogo,"
          + " a shopkeeper.\",\"published\":\"2024-03-10\",\"title\":\"Attack near Djibo\"}\n"
          + "{\"id\":\"sahel-2\",\"text\": the army said\n"
          + "{\"id\":\"sahel-3\",\"text\":\"Soldiers in Mopti said the road to Gao was closed.\"}\n";

  @TempDir Path dir;

  /** What one run of the command line gave. */
  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e);
    }
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static void assertNoStackTrace(Run r) {
    assertThat(r.all())
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContain("\tat ");
  }

  /** The output holds exactly one JSON value. */
  private static JsonNode single(String out) throws IOException {
    try (JsonParser p = JSON.getFactory().createParser(out)) {
      JsonNode node = JSON.readTree(p);
      assertThat(p.nextToken()).as("nothing after the first document").isNull();
      return node;
    }
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = n.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  @Test
  void oneFileGivesOnePrettySitrepDocumentWithQuotes() throws IOException {
    Path file = write("kharkiv.txt", KHARKIV);
    Run r = run("extract", "--threads", "1", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().count()).as("pretty-printed").isGreaterThan(10);
    JsonNode doc = single(r.out());
    assertThat(fieldNames(doc))
        .containsSubsequence("schema", "document", "entities", "places", "events", "quotes");
    assertThat(doc.get("schema").asText()).isEqualTo("sitrep/v1");
    JsonNode d = doc.get("document");
    assertThat(d.get("text").asText()).contains("Kharkiv").doesNotContain("live blog");
    assertThat(d.get("source").asText()).isEqualTo(file.toString());
    assertThat(d.get("id").asText()).isEqualTo(d.get("sha256").asText()).hasSize(64);
    assertThat(d.get("published").isNull()).isTrue();
    assertThat(doc.get("places").isArray()).isTrue();
    assertThat(doc.get("events").isArray()).isTrue();

    JsonNode quotes = doc.get("quotes");
    assertThat(quotes).hasSize(2);
    String text = d.get("text").asText();
    for (JsonNode q : quotes) {
      assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt()))
          .isEqualTo(q.get("text").asText());
    }
    JsonNode first = quotes.get(0);
    assertThat(first.get("text").asText()).startsWith("It was a direct hit");
    assertThat(first.get("speaker").get("name").asText()).isEqualTo("Petro Hnatiuk");
    String entityId = first.get("speaker").get("entity").asText();
    JsonNode entity = null;
    for (JsonNode e : doc.get("entities")) {
      if (e.get("id").asText().equals(entityId)) {
        entity = e;
      }
    }
    assertThat(entity).as("speaker entity %s", entityId).isNotNull();
    assertThat(entity.get("name").asText()).isEqualTo("Petro Hnatiuk");
    assertThat(quotes.get(1).get("speaker").get("name").asText()).isEqualTo("Olena Kovalenko");
  }

  @Test
  void publishedOptionDatesArticlesThatHaveNone() throws IOException {
    Path file = write("kharkiv.txt", KHARKIV.replace("overnight", "today"));
    Run r = run("extract", "--threads", "1", "--published", "2024-03-12", file.toString());
    assertThat(r.code()).isZero();
    JsonNode doc = single(r.out());
    assertThat(doc.get("document").get("published").asText()).isEqualTo("2024-03-12");
    assertThat(doc.get("dates").get(0).get("mention").get("text").asText()).isEqualTo("today");
    assertThat(doc.get("dates").get(0).get("start").asText()).isEqualTo("2024-03-12");
  }

  @Test
  void htmlFileGivesItsTitleAndDate() throws IOException {
    String html =
        "<html><head><meta property=\"og:title\" content=\"Clashes near Lashio\">"
            + "<meta property=\"article:published_time\" content=\"2024-01-09T05:00:00Z\"></head>"
            + "<body><nav><a href=\"/\">Home</a></nav><article><p>Resistance fighters said on"
            + " Tuesday they had captured a junta outpost near Lashio.</p></article></body></html>";
    Path file = write("lashio.html", html);
    Run r = run("extract", "--threads", "1", file.toString());
    assertThat(r.code()).isZero();
    JsonNode d = single(r.out()).get("document");
    assertThat(d.get("title").asText()).isEqualTo("Clashes near Lashio");
    assertThat(d.get("published").asText()).isEqualTo("2024-01-09");
    assertThat(d.get("text").asText()).startsWith("Resistance fighters").doesNotContain("Home");
  }

  @Test
  void folderWithBadInputsGivesJsonLinesInInputOrderAndExitCodeThree() throws IOException {
    Path good = write("1-kharkiv.txt", KHARKIV);
    Path empty = write("2-empty.txt", "");
    Path binary = dir.resolve("3-binary.txt");
    Files.write(binary, new byte[] {'G', 'a', 'z', 'a', 0, 0, 0, 1, 2, 3});
    Path jsonl = write("4-sahel.jsonl", SAHEL_JSONL);

    Run r = run("extract", "--threads", "2", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertNoStackTrace(r);

    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(6);
    // 1: the good file
    assertThat(out.get(0).get("schema").asText()).isEqualTo("sitrep/v1");
    assertThat(out.get(0).get("document").get("source").asText()).isEqualTo(good.toString());
    // 2, 3: the empty and the binary file, as {"id", "error"} lines naming the file
    assertErrorLine(out.get(1), empty.toString(), "empty");
    assertErrorLine(out.get(2), binary.toString(), "binary");
    // 4-6: the JSON Lines file, its malformed middle line in place
    assertThat(out.get(3).get("document").get("id").asText()).isEqualTo("sahel-1");
    assertThat(out.get(3).get("document").get("title").asText()).isEqualTo("Attack near Djibo");
    assertThat(out.get(3).get("document").get("published").asText()).isEqualTo("2024-03-10");
    assertThat(out.get(3).get("quotes").get(0).get("speaker").get("name").asText())
        .isEqualTo("Issa Ouedraogo");
    assertErrorLine(out.get(4), jsonl + ":2", "malformed JSON");
    assertThat(out.get(5).get("document").get("id").asText()).isEqualTo("sahel-3");

    // stderr: one line per failure naming the input, then the tally
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(4);
    assertThat(err.get(0)).contains(empty.toString()).contains("empty");
    assertThat(err.get(1)).contains(binary.toString()).contains("binary");
    assertThat(err.get(2)).contains(jsonl + ":2").contains("malformed JSON");
    assertThat(err.get(3)).contains("3 article(s) analysed, 3 failed");
  }

  private static void assertErrorLine(JsonNode line, String origin, String reasonWord) {
    assertThat(fieldNames(line)).containsExactly("id", "error");
    assertThat(line.get("id").asText()).isEqualTo(origin);
    assertThat(line.get("error").asText())
        .contains(origin)
        .contains(reasonWord)
        .doesNotContain("\n");
  }

  @Test
  void debugMayPrintMoreButStillReportsEveryFailure() throws IOException {
    write("1-good.txt", KHARKIV);
    Path empty = write("2-empty.txt", "   \n");
    Run r = run("extract", "--debug", "--threads", "1", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(lines(r.out())).hasSize(2);
    assertThat(r.err()).contains(empty.toString());
  }

  @Test
  void formatJsonlWritesOneLineEvenForOneFile() throws IOException {
    Path file = write("kharkiv.txt", KHARKIV);
    Run r = run("extract", "--format", "jsonl", "--threads", "1", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).doesNotContain("\n");
    assertThat(lines(r.out()).get(0).get("schema").asText()).isEqualTo("sitrep/v1");
  }

  @Test
  void missingPathGivesAClearMessageAndNoOutput() {
    String missing = dir.resolve("no-such-article.txt").toString();
    Run r = run("extract", missing);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst().orElseThrow())
        .contains(missing)
        .contains("no such file");
    assertNoStackTrace(r);
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    Run r = run("extract", "--no-such-option", "x.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--no-such-option");
    assertNoStackTrace(r);
  }
}
