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

  private ExecutorPipeline() {}

  /** The runner over this JVM's pipeline; {@code commit} is the driver's, for provenance. */
  static synchronized BatchRunner runner(String commit) {
    if (pipeline == null) {
      if (System.getProperty("sitrep.commit") == null && commit != null) {
        System.setProperty("sitrep.commit", commit);
      }
      pipeline = Application.pipeline();
      runner = new BatchRunner(pipeline, 1);
      provenance = Application.provenance(pipeline);
    }
    return runner;
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
