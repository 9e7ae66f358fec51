/**
 * sitrep on Apache Spark: {@link org.sitrep.spark.SparkMain} runs {@link
 * org.sitrep.spark.SitrepJob}, which lists the inputs on any Hadoop filesystem ({@link
 * org.sitrep.spark.InputFiles}), reads each file with the same {@code ArticleReader} as {@code
 * sitrep extract} ({@link org.sitrep.spark.FileReading}), spreads the articles over the partitions,
 * and streams each partition through one {@code Pipeline} per executor JVM ({@link
 * org.sitrep.spark.ExecutorPipeline}). It writes the store's tables as Parquet ({@link
 * org.sitrep.spark.Tables}, rows from {@code StoreRows}) and the sitrep/v1 documents as JSON Lines.
 * The only package that imports Spark.
 */
package org.sitrep.spark;
