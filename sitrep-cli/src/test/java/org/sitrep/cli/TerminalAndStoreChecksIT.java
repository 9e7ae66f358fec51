package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it, each run in a child JVM: a readable summary on a terminal (a
 * pseudo-terminal from util-linux's {@code script}) and JSON Lines on a pipe; a missing path or
 * store, and a store another process holds, refused in one line before any model loads (the child
 * logs every class it loads, and no CoreNLP pipeline class may be among them).
 */
class TerminalAndStoreChecksIT {
  static final Path SCRIPT = Path.of("/usr/bin/script");
  static final String MODELS = "edu.stanford.nlp.pipeline.StanfordCoreNLP";

  @TempDir Path dir;

  record Run(int code, String out) {}

  static List<String> java(String... args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs the CLI in a child JVM that logs the classes it loads to {@code classes}. */
  Run cli(Path classes, String... args) throws Exception {
    List<String> cmd = java(args);
    cmd.add(2, "-Xlog:class+load=info:file=" + classes);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private void assertOneLineBeforeModels(Run r, Path classes, String... words) throws IOException {
    assertThat(r.code()).as(r.out()).isNotZero();
    List<String> lines = r.out().strip().lines().toList();
    assertThat(lines).as(r.out()).hasSize(1);
    assertThat(lines.get(0)).startsWith("sitrep: ").contains(words);
    assertThat(Files.readString(classes)).doesNotContain(MODELS);
  }

  @Test
  void missingPathsAndStoresAreRefusedInOneLineBeforeAnyModelLoads() throws Exception {
    Path classes = dir.resolve("classes.log");
    String nope = dir.resolve("nope").toString();
    assertOneLineBeforeModels(cli(classes, "extract", nope), classes, "no such file", nope);
    Path db = dir.resolve("store.duckdb");
    assertOneLineBeforeModels(
        cli(classes, "ingest", nope, "--db", db.toString()), classes, "no such file", nope);
    assertThat(db).as("ingest of a missing input creates no store").doesNotExist();
    Path typo = dir.resolve("typo.duckdb");
    assertOneLineBeforeModels(
        cli(classes, "serve", "--db", typo.toString(), "--port", "0"), classes, "no store at");
    assertThat(typo).as("serve of a missing store creates none").doesNotExist();
    assertOneLineBeforeModels(
        cli(classes, "export", "--format", "csv", "--db", typo.toString()), classes, "no store at");
  }

  @Test
  void aStoreTheServerHoldsIsNamedWithWhatToDo() throws Exception {
    Path db = dir.resolve("held.duckdb");
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "Shelling hit a market in Kherson on Monday, officials said.\n");
    Process serve =
        new ProcessBuilder(java("serve", "--db", db.toString(), "--port", "0", "--create"))
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader r =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String line = r.readLine();
      assertThat(line).as("the server's first line").contains("serving");
      Path classes = dir.resolve("classes.log");
      assertOneLineBeforeModels(
          cli(classes, "export", "--format", "csv", "--db", db.toString()),
          classes,
          "in use by another sitrep process",
          "/api/export");
      assertOneLineBeforeModels(
          cli(classes, "ingest", article.toString(), "--db", db.toString()),
          classes,
          "in use by another sitrep process",
          "stop it");
    } finally {
      serve.destroy();
      serve.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void onATerminalExtractPrintsASummaryAndPipedItPrintsJsonLines() throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "util-linux script is not installed");
    Path examples = BrowserIT.projectRoot().resolve("examples");
    Path one = examples.resolve("el-fasher-drone-strike.txt");
    Path two = examples.resolve("myanmar-sagaing-report.txt");
    // script gives the child a pseudo-terminal for stdin and stdout, as a user's shell would
    StringBuilder shell = new StringBuilder();
    for (String a : java("extract", one.toString(), two.toString())) {
      shell.append('\'').append(a.replace("'", "'\\''")).append("' ");
    }
    Process tty =
        new ProcessBuilder(SCRIPT.toString(), "-q", "-e", "-c", shell.toString(), "/dev/null")
            .redirectErrorStream(true)
            .start();
    String screen = new String(tty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tty.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(tty.exitValue()).as(screen).isZero();
    assertThat(screen).contains("== ", "by family:", "top events:", "quotes by speaker:");
    assertThat(screen).doesNotContain("\"schema\"");
    // one summary per article (the progress bar, on the same terminal, clears its line first)
    assertThat(screen.replace("\u001b[K", "").lines().filter(l -> l.startsWith("== ")).count())
        .isEqualTo(2);

    // piped (this test JVM has no terminal): the JSON Lines it always printed, one per article
    ExtractCommandIT.Run piped = ExtractCommandIT.run("extract", one.toString(), two.toString());
    assertThat(piped.code()).as(piped.err()).isZero();
    String out = piped.out();
    List<String> lines = out.strip().lines().toList();
    assertThat(lines).hasSize(2);
    for (String l : lines) {
      assertThat(org.sitrep.output.Json.mapper().readTree(l).get("schema").asText())
          .isEqualTo("sitrep/v1");
    }
  }
}
