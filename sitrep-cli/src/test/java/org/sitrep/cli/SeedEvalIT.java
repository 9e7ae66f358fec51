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

/**
 * {@code sitrep eval} on the shared seed set: every gold quotation found, speakers right. Reads
 * {@code shared/eval/seed} from system property {@code sitrep.shared}; skips without it.
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
  }
}
