package org.sitrep.spark;

import org.sitrep.cli.Application;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.Provenance;

/**
 * The one {@link Pipeline} of an executor JVM: CoreNLP and the gazetteer load on the first task
 * that needs them and serve every later task (the pipeline is thread-safe, and an executor runs one
 * task per core at once).
 */
final class ExecutorPipeline {
  private static Pipeline pipeline;
  private static BatchRunner runner;
  private static Provenance provenance;
  private static double loadSeconds = -1;

  private ExecutorPipeline() {}

  /** The runner over this JVM's pipeline; {@code commit} is the driver's, for provenance. */
  static synchronized BatchRunner runner(String commit) {
    if (pipeline == null) {
      if (System.getProperty("sitrep.commit") == null && commit != null) {
        System.setProperty("sitrep.commit", commit);
      }
      long t0 = System.nanoTime();
      pipeline = Application.pipeline();
      loadSeconds = (System.nanoTime() - t0) / 1e9;
      runner = new BatchRunner(pipeline, 1);
      provenance = Application.provenance(pipeline);
    }
    return runner;
  }

  /** How long this JVM took to build its pipeline; -1 before it did (or in another JVM). */
  static synchronized double loadSeconds() {
    return loadSeconds;
  }

  /** The pipeline itself, for comparisons in tests. */
  public static synchronized Pipeline pipeline(String commit) {
    runner(commit);
    return pipeline;
  }

  static synchronized Provenance provenance(String commit) {
    runner(commit);
    return provenance;
  }
}
