package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleReader;

/**
 * Issue 5: a batch killed with SIGKILL midway and started again ends with exactly the same
 * database as an uninterrupted run. The batch runs in a child JVM that is really killed
 * ({@code Process.destroyForcibly}, SIGKILL on Linux); the corpus is every document of
 * ../shared/eval when it is there, else a generated one.
 */
class KillResumeIT {
  @TempDir Path dir;

  /** The child: ingests the corpus into the database, printing progress after every article. */
  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    List<String> corpus = List.of(args[1].split(","));
    long delay = Long.parseLong(args[2]);
    var items = new ArticleReader().readAll(corpus, System.in);
    try (Store s = Store.open(db);
        Ingester in = new Ingester(s, new StubAnalyzer(delay), StoreIT.PROV, 2)) {
      var t =
          in.run(
              items,
              (done, total, tally) -> {
                System.out.println("progress " + done + " " + total);
                System.out.flush();
              });
      System.out.println("finished stored=" + t.stored() + " skipped=" + t.skipped());
    }
  }

  @Test
  void aBatchKilledMidwayAndRunAgainEndsAsAnUninterruptedRun() throws Exception {
    if (System.getProperty("keep.dir") != null) {
      dir = Path.of(System.getProperty("keep.dir"));
      Files.createDirectories(dir);
    }
    String corpus = corpus();
    Path reference = dir.resolve("reference.duckdb");
    Path killed = dir.resolve("killed.duckdb");

    assertThat(run(reference, corpus, 0, -1)).isEqualTo("finished");

    // started, killed with SIGKILL once 40% of the batch is committed, started again
    assertThat(run(killed, corpus, 8, 40)).isEqualTo("killed");
    Map<String, Long> afterKill;
    try (Store s = Store.open(killed)) {
      afterKill = s.rowCounts();
    }
    assertThat(run(killed, corpus, 0, -1)).isEqualTo("finished");

    try (Store ref = Store.open(reference);
        Store res = Store.open(killed)) {
      assertThat(afterKill.get("articles")).isPositive().isLessThan(ref.rowCounts().get("articles"));
      assertThat(res.rowCounts()).isEqualTo(ref.rowCounts());
      assertThat(res.contentDigest()).isEqualTo(ref.contentDigest());
      System.out.printf(
          "kill -9 resume: %d articles after the kill, %s in the end, digests equal%n",
          afterKill.get("articles"), res.rowCounts());
    }
    // and a third run adds nothing
    assertThat(run(killed, corpus, 0, -1)).isEqualTo("finished");
    try (Store ref = Store.open(reference);
        Store res = Store.open(killed)) {
      assertThat(res.contentDigest()).isEqualTo(ref.contentDigest());
    }
  }

  private String corpus() throws Exception {
    Path shared = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval");
    if (Files.isDirectory(shared)) {
      List<String> files = new ArrayList<>();
      try (var s = Files.list(shared)) {
        s.map(p -> p.resolve("docs.jsonl")).filter(Files::exists).sorted().forEach(p -> files.add(p.toString()));
      }
      if (!files.isEmpty()) {
        return String.join(",", files);
      }
    }
    System.out.println("KillResumeIT: ../shared/eval is absent; using a generated corpus");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      b.append("{\"id\":\"g").append(i).append("\",\"text\":\"Report ").append(i)
          .append(". Shelling hit the city overnight, officials said.\"")
          .append(i % 50 == 7 ? "" : ",\"published\":\"2022-03-0" + (1 + i % 9) + "\"")
          .append("}\n");
    }
    b.append("{not json\n");
    Path p = dir.resolve("generated.jsonl");
    Files.writeString(p, b.toString());
    return p.toString();
  }

  /** Runs the child; kills it with SIGKILL once killAtPercent of the batch is done (-1: never). */
  private static String run(Path db, String corpus, long delay, int killAtPercent) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                KillResumeIT.class.getName(),
                db.toString(),
                corpus,
                Long.toString(delay))
            .redirectErrorStream(true);
    Process p = pb.start();
    CountDownLatch reached = new CountDownLatch(1);
    AtomicInteger lastDone = new AtomicInteger();
    StringBuilder tail = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (line.startsWith("progress ")) {
                    String[] f = line.split(" ");
                    int done = Integer.parseInt(f[1]);
                    int total = Integer.parseInt(f[2]);
                    lastDone.set(done);
                    if (killAtPercent >= 0 && done * 100 >= total * killAtPercent) {
                      reached.countDown();
                    }
                  } else {
                    tail.append(line).append('\n');
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
      assertThat(reached.await(5, TimeUnit.MINUTES)).as("child reached %d%%: %s", killAtPercent, tail).isTrue();
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, a transaction may be open
      p.waitFor(1, TimeUnit.MINUTES);
      assertThat(p.exitValue()).isEqualTo(137);
      return "killed";
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    reader.join(10_000);
    assertThat(p.exitValue()).as(tail.toString()).isZero();
    assertThat(tail.toString()).contains("finished");
    return "finished";
  }
}
