package org.sitrep.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep spark}: the pipeline on Apache Spark. Run by {@code ./sitrep spark} in its own JVM,
 * or by {@code spark-submit --class org.sitrep.spark.SparkMain} on a cluster.
 */
@Command(
    name = "sitrep spark",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles on Apache Spark: text, HTML, JSON Lines and WARC files or folders, on any",
      "Hadoop filesystem. Writes the store's tables as Parquet and the sitrep/v1 documents as",
      "JSON Lines under --out; `sitrep ingest --from-parquet OUT` loads them into a store."
    })
public final class SparkMain implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or folders (any Hadoop path).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, description = "Output folder (any Hadoop path).")
  String out;

  @Option(
      names = "--master",
      description = "Spark master, e.g. local[2]; by default the one spark-submit gives.")
  String master;

  @Option(
      names = "--partitions",
      description = "Analysis partitions (default: 4 per core of the cluster).")
  int partitions;

  @Option(names = "--max-mb", description = "Refuse input files larger than this (default 20).")
  double maxMb = 20;

  @Override
  public Integer call() throws Exception {
    SparkSession.Builder b =
        SparkSession.builder()
            .appName("sitrep")
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      // a local run shares its cores with the pipeline's own start: be patient with heartbeats
      b.master(master)
          .config("spark.ui.enabled", "false")
          .config("spark.network.timeout", "600s")
          .config("spark.executor.heartbeatInterval", "60s");
    }
    SparkSession spark = b.getOrCreate();
    PrintWriter err = new PrintWriter(System.err, true);
    long t0 = System.nanoTime();
    try {
      SitrepJob.Summary s =
          SitrepJob.run(
              spark, new SitrepJob.Options(inputs, out, partitions, (long) (maxMb * 1024 * 1024)));
      double load = ExecutorPipeline.loadSeconds();
      err.printf(
          java.util.Locale.ROOT,
          "sitrep spark: %d file(s) in %.1f s on %s%s; rows: %s; output: %s%n",
          s.files(),
          (System.nanoTime() - t0) / 1e9,
          spark.sparkContext().master(),
          load < 0
              ? ""
              : String.format(java.util.Locale.ROOT, " (%.1f s of it building the pipeline)", load),
          s.rows(),
          out);
      return s.rows().getOrDefault("failures", 0L) == 0 ? 0 : 3;
    } finally {
      spark.stop();
    }
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          System.err.println("sitrep spark: " + firstLine(e));
          return 2;
        });
    System.exit(cli.execute(args));
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
