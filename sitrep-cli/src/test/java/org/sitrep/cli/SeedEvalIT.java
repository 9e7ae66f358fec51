package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep eval} on the shared seed set (every gold quotation found, speakers right, issue 4's
 * event and count targets), read from system property {@code sitrep.shared} and skipped without it;
 * and on the project's own keyed articles, which are always there.
 */
class SeedEvalIT {
  @Test
  void seedQuotesAllFoundWithSpeakerAccuracyAtLeast095() {
    String shared = System.getProperty("sitrep.shared");
    Path seed = shared == null ? null : Path.of(shared, "eval", "seed");
    Assumptions.assumeTrue(
        seed != null && Files.isRegularFile(seed.resolve("gold.jsonl")),
        "shared/eval/seed not available (set -Dsitrep.shared); skipping");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(new String[] {"eval", "--threads", "2", seed.toString()}, o, e);
    }
    assertThat(code).as(err.toString()).isZero();
    // the compact summary is the last line: "seed: toponyms … | quotes found 18/18 1.000 speaker …"
    List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).as(out.toString()).isNotEmpty();
    String line = lines.get(lines.size() - 1);
    assertThat(line).startsWith("seed:");
    assertThat(line).contains("quotes found 18/18");
    Matcher m = Pattern.compile("quotes found \\S+ \\S+ speaker (\\d+(?:\\.\\d+)?)").matcher(line);
    assertThat(m.find()).as(line).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(0.95);
    // issue 4's targets on the seed: events F1 at least 0.90, article-level counts at least 0.9
    assertThat(figure(line, "events P \\S+ R \\S+ F1 (\\S+)")).isGreaterThanOrEqualTo(0.90);
    assertThat(figure(line, "counts exact \\S+ (\\S+)")).isGreaterThanOrEqualTo(0.9);
  }

  /**
   * Our own two keyed sets: the development articles and the held-out ones no rule was tuned on.
   * Floors a little under today's figures, so a change that loses events fails here; and the errors
   * file lists what the key and the system disagree on, with the sentence.
   */
  @Test
  void ownArticlesKeepTheirEventFiguresAndListTheirErrors(@TempDir Path tmp) throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path errors = tmp.resolve("errors.jsonl");
    Path predictions = tmp.resolve("predictions.jsonl");
    Path calibration = tmp.resolve("calibration.jsonl");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code =
          Main.run(
              new String[] {
                "eval",
                "--threads",
                "2",
                "--errors",
                errors.toString(),
                "--predictions",
                predictions.toString(),
                "--calibration",
                calibration.toString(),
                root.resolve("testdata/articles").toString(),
                root.resolve("testdata/heldout").toString()
              },
              o,
              e);
    }
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).toList();
    String articles = lines.get(lines.size() - 3);
    String heldout = lines.get(lines.size() - 2);
    String pooled = lines.get(lines.size() - 1);
    assertThat(articles).startsWith("articles:");
    assertThat(heldout).startsWith("heldout:");
    assertThat(pooled).startsWith("pooled: events P ").contains(" conf>=0.8 P ");
    assertThat(out.toString()).contains("pooled event figures of articles, heldout");
    assertThat(figure(articles, "events P \\S+ R \\S+ F1 (\\S+)")).isGreaterThanOrEqualTo(0.80);
    assertThat(figure(heldout, "events P \\S+ R \\S+ F1 (\\S+)")).isGreaterThanOrEqualTo(0.77);
    // one prediction per article of both sets
    assertThat(Files.readAllLines(predictions)).hasSize(17 + 5);
    List<String> rows = Files.readAllLines(errors);
    assertThat(rows).isNotEmpty();
    var mapper = org.sitrep.output.Json.mapper();
    for (String row : rows) {
      var node = mapper.readTree(row);
      String kind = node.path("kind").asText();
      assertThat(kind).isIn("unmatched_prediction", "missed_gold", "wrong_actor", "wrong_counts");
      assertThat(node.path("set").asText()).isIn("articles", "heldout");
      assertThat(node.path("text").asText()).isNotBlank();
      if (kind.startsWith("wrong_")) { // a found event's argument: what the key has, what we gave
        assertThat(node.path("expected").asText())
            .isNotBlank()
            .isNotEqualTo(node.path("found").asText());
      }
    }
    assertThat(rows).anyMatch(r -> r.contains("\"kind\":\"wrong_actor\""));
    // one calibration row per counted prediction (true and false positives of both sets)
    Matcher counts = Pattern.compile("pooled: .*\\(tp (\\d+) fp (\\d+) ").matcher(pooled);
    assertThat(counts.find()).as(pooled).isTrue();
    List<String> scored = Files.readAllLines(calibration);
    assertThat(scored)
        .hasSize(Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2)));
    long tp = 0;
    for (String row : scored) {
      var node = mapper.readTree(row);
      assertThat(node.path("set").asText()).isIn("articles", "heldout");
      assertThat(node.path("outcome").asText()).isIn("tp", "fp");
      assertThat(node.path("confidence").asDouble()).isBetween(0.0, 1.0);
      assertThat(node.path("evidence").asInt()).isPositive();
      assertThat(node.path("rules").isArray()).isTrue();
      tp += node.path("outcome").asText().equals("tp") ? 1 : 0;
    }
    assertThat(tp).isEqualTo(Long.parseLong(counts.group(1)));
  }

  private static double figure(String line, String regex) {
    Matcher m = Pattern.compile(regex).matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
