package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Spark and Hadoop stay out of the command line's classpath: only sitrep-spark brings them. */
class CliClasspathTest {
  @Test
  void sparkAndHadoopAreNotOnTheCliClasspath() {
    assertThatThrownBy(() -> Class.forName("org.apache.spark.sql.SparkSession"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.apache.hadoop.fs.FileSystem"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
