package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Application;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.TestWarcs;
import org.sitrep.output.Json;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Outcome;
import org.sitrep.store.Ingester;
import org.sitrep.store.ParquetLoader;
import org.sitrep.store.Store;

/**
 * Issue 13's Spark criteria, with Spark in local mode inside the test JVM: on eval documents from
 * ../shared (read where they are), a generated damaged WARC, a folder of text files and a missing
 * path, the job's documents are line for line what {@code sitrep extract} writes, its Parquet
 * tables loaded with {@code ingest --from-parquet} give the store {@code sitrep ingest} gives (row
 * counts and content digests), inputs that cannot be read are failure rows and not a failed job,
 * and a rerun gives the same output.
 */
class SitrepJobIT {
  static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("sitrep-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.datetime.java8API.enabled", "true")
            // on a loaded 2-core machine the one local executor can miss heartbeats for minutes
            .config("spark.network.timeout", "600s")
            .config("spark.executor.heartbeatInterval", "60s")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static List<String> inputs() throws Exception {
    Path eval = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval");
    assumeTrue(Files.isDirectory(eval), "SitrepJobIT skipped: " + eval + " is absent");
    List<String> in = new ArrayList<>();
    // the two smallest eval sets: real articles with ids
    for (String set : List.of("seed", "wikievents")) {
      Path docs = eval.resolve(set).resolve("docs.jsonl");
      assumeTrue(Files.exists(docs), "SitrepJobIT skipped: no " + docs);
      in.add(docs.toString());
    }
    Path warc = dir.resolve("crawl.warc.gz");
    TestWarcs.write(warc, 20, true, true, true);
    in.add(warc.toString());
    Path folder = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(
        folder.resolve("a.txt"),
        "KYIV, March 4 (wire) - Two people were killed when a missile hit a warehouse in the"
            + " city overnight, the mayor said.\n");
    Files.writeString(
        folder.resolve("b.html"),
        "<html><body><article><p>Police said gunmen abducted 14 passengers from a bus near"
            + " Kaduna on Saturday.</p></article></body></html>");
    Files.writeString(folder.resolve("same-as-a.txt"), Files.readString(folder.resolve("a.txt")));
    Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 4});
    in.add(folder.toString());
    in.add(dir.resolve("missing.jsonl").toString());
    return in;
  }

  @Test
  void theJobGivesWhatExtractAndIngestGiveAndARerunTheSame() throws Exception {
    List<String> inputs = inputs();
    Path out = dir.resolve("out");
    long t0 = System.nanoTime();
    SitrepJob.Summary first =
        SitrepJob.run(spark, new SitrepJob.Options(inputs, out.toString(), 0, 20L << 20));
    long t1 = System.nanoTime();
    // the same inputs through sitrep extract's runner, on the same pipeline
    BatchRunner runner = new BatchRunner(pipeline(), 2);
    List<String> expected = new ArrayList<>();
    runner.run(
        new ArticleReader(),
        inputs,
        System.in,
        null,
        o ->
            expected.add(
                o instanceof Outcome.Done d
                    ? Json.line(d.analysis())
                    : Json.errorLine(((Outcome.Failed) o).id(), ((Outcome.Failed) o).message())));
    long t2 = System.nanoTime();
    List<String> documents = documents(out);
    assertThat(documents).hasSize(expected.size());
    assertThat(documents).containsExactlyElementsOf(expected);
    assertThat(first.rows().get("documents")).isEqualTo(expected.size());
    // a binary file, a missing path and the WARC's two damaged stretches are failure rows
    assertThat(first.rows().get("failures")).isEqualTo(4);

    // loaded into a store, the tables are what sitrep ingest stores from the same inputs
    Map<String, Long> loadedCounts;
    Map<String, String> loadedDigest;
    try (Store loaded = Store.open(dir.resolve("loaded.duckdb"))) {
      new ParquetLoader(loaded).load(out);
      loadedCounts = loaded.rowCounts();
      loadedDigest = loaded.contentDigest();
      Map<String, Long> again = new ParquetLoader(loaded).load(out);
      assertThat(again.get("articles")).isZero();
      assertThat(loaded.rowCounts()).isEqualTo(loadedCounts);
    }
    try (Store ingested = Store.open(dir.resolve("ingested.duckdb"));
        Ingester ingester = Application.ingester(ingested, pipeline(), 2)) {
      List<InputItem> items = new ArticleReader().readAll(inputs, System.in);
      ingester.run(items, (done, total, tally) -> {});
      assertThat(loadedCounts).isEqualTo(ingested.rowCounts());
      assertThat(loadedDigest).isEqualTo(ingested.contentDigest());
    }
    assertThat(loadedCounts.get("articles")).isEqualTo(first.rows().get("articles"));
    assertThat(loadedCounts.get("events")).isPositive();
    try (Stream<Path> months = Files.list(out.resolve("events"))) {
      assertThat(months.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("month=")))
          .isNotEmpty()
          .allMatch(n -> n.matches("month=(\\d{4}-\\d{2}|undated)"));
    }

    // a rerun over the same input gives the same output
    Map<String, List<String>> before = tables(out);
    long t3 = System.nanoTime();
    SitrepJob.Summary second =
        SitrepJob.run(spark, new SitrepJob.Options(inputs, out.toString(), 3, 20L << 20));
    assertThat(second.rows()).isEqualTo(first.rows());
    assertThat(tables(out)).isEqualTo(before);
    assertThat(documents(out)).containsExactlyElementsOf(expected);
    System.out.printf(
        java.util.Locale.ROOT,
        "SitrepJobIT: %d documents; spark (pipeline load included) %.1f s, extract runner %.1f s,"
            + " rerun %.1f s; rows %s%n",
        expected.size(),
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (System.nanoTime() - t3) / 1e9,
        second.rows());
  }

  private static org.sitrep.pipeline.Pipeline pipeline() {
    return ExecutorPipeline.pipeline(System.getProperty("sitrep.commit"));
  }

  private static List<String> documents(Path out) throws Exception {
    List<Path> parts;
    try (Stream<Path> s = Files.list(out.resolve("documents"))) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (Path p : parts) {
      lines.addAll(Files.readAllLines(p));
    }
    return lines;
  }

  /** Every table's rows as sorted strings. */
  private static Map<String, List<String>> tables(Path out) {
    Map<String, List<String>> m = new java.util.TreeMap<>();
    for (String t :
        List.of(
            "articles",
            "entities",
            "places",
            "events",
            "event_participants",
            "counts",
            "quotes",
            "failures",
            "provenance")) {
      m.put(
          t,
          spark.read().parquet(out.resolve(t).toString()).collectAsList().stream()
              .map(Row::toString)
              .sorted()
              .toList());
    }
    return m;
  }
}
