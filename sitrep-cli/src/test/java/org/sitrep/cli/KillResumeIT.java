package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/**
 * Issue 5's done-criterion: {@code sitrep ingest} over every document of ../shared/eval, killed
 * with SIGKILL midway and started again, ends with exactly the same database (row counts and a
 * per-table content digest) as an uninterrupted run, and a third run adds nothing. Each run is the
 * real CLI ({@link Main}, real CoreNLP, gazetteer and events) in a child JVM on the test classpath;
 * the kill is {@code Process.destroyForcibly}, SIGKILL on Linux, once the progress bar shows 40 %
 * of the batch done.
 */
class KillResumeIT {
  static final int KILL_AT_PERCENT = 40;
  static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/(\\d+) ");
  static final Pattern SUMMARY =
      Pattern.compile("sitrep: (\\d+) stored, (\\d+) already there, (\\d+) failed");

  @TempDir Path dir;

  @Test
  void aBatchKilledMidwayAndRunAgainEndsAsAnUninterruptedRun() throws Exception {
    List<String> corpus = corpus();
    if (System.getProperty("keep.dir") != null) {
      dir = Path.of(System.getProperty("keep.dir"));
      Files.createDirectories(dir);
    }
    Path reference = dir.resolve("reference.duckdb");
    Path killed = dir.resolve("killed.duckdb");

    long t0 = System.nanoTime();
    Run ref = run(reference, corpus, -1);
    long refMillis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(ref.stored()).isPositive();

    // started, killed with SIGKILL once 40 % of the batch is done, started again
    Run first = run(killed, corpus, KILL_AT_PERCENT);
    assertThat(first.killed()).isTrue();
    Map<String, Long> afterKill;
    try (Store s = Store.open(killed)) {
      afterKill = s.rowCounts();
    }
    Run resumed = run(killed, corpus, -1);
    Map<String, Long> refCounts;
    Map<String, String> refDigest;
    try (Store s = Store.open(reference)) {
      refCounts = s.rowCounts();
      refDigest = s.contentDigest();
    }
    try (Store s = Store.open(killed)) {
      assertThat(afterKill.get("articles")).isPositive().isLessThan(refCounts.get("articles"));
      assertThat(afterKill.get("articles") + resumed.stored()).isEqualTo(ref.stored());
      assertThat(s.rowCounts()).isEqualTo(refCounts);
      assertThat(s.contentDigest()).isEqualTo(refDigest);
    }

    // a third run adds nothing
    Run third = run(killed, corpus, -1);
    assertThat(third.stored()).isZero();
    try (Store s = Store.open(killed)) {
      assertThat(s.rowCounts()).isEqualTo(refCounts);
      assertThat(s.contentDigest()).isEqualTo(refDigest);
    }
    System.out.printf(
        "KillResumeIT: %d inputs; uninterrupted run %.1f s, %s; killed at %d/%d with %d articles"
            + " committed; resumed: %d stored, %d already there; row counts and content digests"
            + " identical; third run stored 0%n",
        ref.total(),
        refMillis / 1000.0,
        refCounts,
        first.lastDone(),
        first.total(),
        afterKill.get("articles"),
        resumed.stored(),
        resumed.skipped());
  }

  /** Every ../shared/eval/{set}/docs.jsonl; the test is skipped when ../shared is absent. */
  private static List<String> corpus() throws Exception {
    Path eval = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval");
    assumeTrue(
        Files.isDirectory(eval),
        "KillResumeIT skipped: " + eval + " is absent (set -Dsitrep.shared)");
    List<String> files = new ArrayList<>();
    try (var s = Files.list(eval)) {
      s.map(p -> p.resolve("docs.jsonl"))
          .filter(Files::exists)
          .sorted()
          .forEach(p -> files.add(p.toString()));
    }
    assumeTrue(!files.isEmpty(), "KillResumeIT skipped: no docs.jsonl under " + eval);
    return files;
  }

  /** What one run of the CLI came to. */
  record Run(boolean killed, int lastDone, int total, int stored, int skipped, int failed) {}

  /**
   * Runs {@code sitrep ingest}; kills it with SIGKILL at killAtPercent of the batch (-1: never).
   */
  private static Run run(Path db, List<String> corpus, int killAtPercent) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", // the truecaser (650 MB) loads for the all-caps documents of the corpus
                "-XX:+UseParallelGC",
                "-Dsitrep.commit=kill-resume-test",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "ingest"));
    cmd.addAll(corpus);
    cmd.addAll(List.of("--db", db.toString(), "--threads", "2"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    CountDownLatch reached = new CountDownLatch(1);
    AtomicInteger lastDone = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    StringBuilder tail = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              // the progress bar redraws with \r, which readLine takes as a line end
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  Matcher m = PROGRESS.matcher(line);
                  if (line.startsWith("[") && m.find()) {
                    int done = Integer.parseInt(m.group(1));
                    total.set(Integer.parseInt(m.group(2)));
                    lastDone.set(done);
                    if (killAtPercent >= 0 && done * 100L >= (long) total.get() * killAtPercent) {
                      reached.countDown();
                    }
                  } else if (!line.isBlank()) {
                    synchronized (tail) {
                      tail.append(line).append('\n');
                    }
                  }
                }
              } catch (java.io.IOException e) {
                // the child was killed
              }
            },
            "kill-resume-reader");
    reader.setDaemon(true);
    reader.start();
    if (killAtPercent >= 0) {
      assertThat(reached.await(10, TimeUnit.MINUTES))
          .as("child reached %d%%: %s", killAtPercent, tail)
          .isTrue();
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, a transaction may be open
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).isEqualTo(137);
      return new Run(true, lastDone.get(), total.get(), -1, -1, -1);
    }
    assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("ingest finished").isTrue();
    reader.join(10_000);
    String out;
    synchronized (tail) {
      out = tail.toString();
    }
    assertThat(p.exitValue())
        .as(out)
        .isIn(0, 3); // 3: some inputs failed (they are stored as failures)
    Matcher m = SUMMARY.matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return new Run(
        false,
        lastDone.get(),
        total.get(),
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }
}
