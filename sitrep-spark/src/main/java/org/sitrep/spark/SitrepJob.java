package org.sitrep.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Outcome;
import org.sitrep.store.Provenance;
import org.sitrep.store.StoreRows;
import scala.Tuple2;

/**
 * The sitrep job: inputs in, the store's tables (Parquet) and the sitrep/v1 documents (JSON Lines)
 * out, under one folder:
 *
 * <pre>
 * OUT/documents/            part-*.txt: one JSON line per input item, in input order
 * OUT/articles/ entities/ places/ event_participants/ counts/ quotes/ failures/ provenance/
 * OUT/events/month=YYYY-MM/ (month=undated for events without a date)
 * </pre>
 *
 * The tables hold what {@code sitrep ingest} would store: an article whose text was met before
 * (same sha256) is kept once, as its first occurrence. Every output is overwritten, so a rerun over
 * the same input gives the same output; an item that cannot be read or analysed is a row of {@code
 * failures} and a line of {@code documents}, never a failed job.
 */
public final class SitrepJob {
  /** What to run. */
  public record Options(List<String> inputs, String out, int partitions, long maxBytes) {}

  /** What a run produced: rows per output. */
  public record Summary(Map<String, Long> rows, int files) {}

  private SitrepJob() {}

  public static Summary run(SparkSession spark, Options options) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<InputFile> files = InputFiles.list(options.inputs(), jsc.hadoopConfiguration());
    long maxBytes = options.maxBytes();
    String commit = System.getProperty("sitrep.commit", "unknown");
    int partitions =
        options.partitions() > 0 ? options.partitions() : Math.max(1, jsc.defaultParallelism() * 4);
    if (!spark.conf().contains("spark.sql.shuffle.partitions")) {
      // the tables are small next to the analysis: Spark's default of 200 shuffle tasks is overhead
      spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    }

    JavaRDD<SparkItem> items =
        jsc.parallelize(files, Math.max(1, files.size()))
            .flatMap(f -> FileReading.read(f, maxBytes).iterator());
    // spread the items evenly: consecutive ordinals land in different partitions
    JavaRDD<AnalysedItem> analysed =
        items
            .mapToPair(i -> new Tuple2<>(i.ordinal(), i))
            .partitionBy(new HashPartitioner(partitions))
            .values()
            .mapPartitions(it -> analyse(it, commit))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> rows = new LinkedHashMap<>();
      rows.put("documents", writeDocuments(spark, analysed, options.out() + "/documents"));
      Dataset<Row> articles = table(spark, analysed, StoreRows.ARTICLES);
      Dataset<Row> keep =
          articles
              .groupBy(col("sha256").as("_keep_sha"))
              .agg(min(col(Tables.ORDINAL)).as("_keep_ordinal"));
      for (StoreRows.Table t : StoreRows.ANALYSIS_TABLES) {
        Dataset<Row> df = t == StoreRows.ARTICLES ? articles : table(spark, analysed, t);
        Dataset<Row> kept =
            df.join(
                    keep,
                    col(Tables.SHA)
                        .equalTo(col("_keep_sha"))
                        .and(col(Tables.ORDINAL).equalTo(col("_keep_ordinal"))))
                .select(
                    t.columnNames().stream()
                        .map(c -> col(c))
                        .toArray(org.apache.spark.sql.Column[]::new));
        if (t == StoreRows.PROVENANCE) {
          kept = kept.dropDuplicates("id");
        }
        String dir = options.out() + "/" + t.name();
        if (t == StoreRows.EVENTS) {
          kept.withColumn(
                  "month", coalesce(date_format(col("date_start"), "yyyy-MM"), lit("undated")))
              .write()
              .mode(SaveMode.Overwrite)
              .partitionBy("month")
              .parquet(dir);
        } else {
          kept.write().mode(SaveMode.Overwrite).parquet(dir);
        }
        rows.put(t.name(), spark.read().parquet(dir).count());
      }
      Dataset<Row> failures =
          table(spark, analysed, StoreRows.FAILURES)
              .dropDuplicates("key")
              .select(
                  StoreRows.FAILURES.columnNames().stream()
                      .map(c -> col(c))
                      .toArray(org.apache.spark.sql.Column[]::new));
      String failuresDir = options.out() + "/failures";
      failures.write().mode(SaveMode.Overwrite).parquet(failuresDir);
      rows.put("failures", spark.read().parquet(failuresDir).count());
      return new Summary(rows, files.size());
    } finally {
      analysed.unpersist(false);
    }
  }

  /** Streams one partition through the executor's pipeline. */
  private static Iterator<AnalysedItem> analyse(Iterator<SparkItem> items, String commit) {
    BatchRunner runner = ExecutorPipeline.runner(commit);
    Provenance provenance = ExecutorPipeline.provenance(commit);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public AnalysedItem next() {
        SparkItem i = items.next();
        Outcome o =
            i.problem() != null
                ? new Outcome.Failed(i.origin(), i.id() != null ? i.id() : i.origin(), i.problem())
                : runner.analyse(i.article());
        String failureId =
            i.problem() != null ? i.id() : o instanceof Outcome.Failed f ? f.id() : null;
        return AnalysedItem.of(i.ordinal(), o, provenance, failureId);
      }
    };
  }

  private static Dataset<Row> table(
      SparkSession spark, JavaRDD<AnalysedItem> analysed, StoreRows.Table t) {
    String name = t.name();
    boolean keyed = t != StoreRows.FAILURES;
    JavaRDD<Row> rows =
        analysed.flatMap(
            a -> {
              List<Row> out = new ArrayList<>();
              for (Object[] r : a.rows(name)) {
                Object[] v = keyed ? java.util.Arrays.copyOf(r, r.length + 2) : r;
                if (keyed) {
                  v[r.length] = a.sha256();
                  v[r.length + 1] = a.ordinal();
                }
                out.add(RowFactory.create(v));
              }
              return out.iterator();
            });
    StructType schema = Tables.schema(t, keyed);
    return spark.createDataFrame(rows, schema);
  }

  private static long writeDocuments(
      SparkSession spark, JavaRDD<AnalysedItem> analysed, String dir) {
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("ordinal", DataTypes.LongType, false),
                DataTypes.createStructField("line", DataTypes.StringType, false)));
    Dataset<Row> lines =
        spark.createDataFrame(analysed.map(a -> RowFactory.create(a.ordinal(), a.line())), schema);
    lines.orderBy("ordinal").select("line").write().mode(SaveMode.Overwrite).text(dir);
    return spark.read().text(dir).count();
  }
}
