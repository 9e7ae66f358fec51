package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep spark}: listed here for help; the {@code ./sitrep} launcher runs it in a JVM of its
 * own (module sitrep-spark), since Spark stays off the command line's classpath.
 */
@Command(
    name = "spark",
    description = {
      "Run the pipeline on Apache Spark: ./sitrep spark --master local[N] INPUT... --out DIR.",
      "It runs in its own JVM (module sitrep-spark); `./sitrep spark --help` lists its options."
    })
final class SparkCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args = new ArrayList<>();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println(
            "sitrep: spark runs in its own JVM: use ./sitrep spark ..., or spark-submit --class"
                + " org.sitrep.spark.SparkMain (README, \"Spark\")");
    return 2;
  }
}
