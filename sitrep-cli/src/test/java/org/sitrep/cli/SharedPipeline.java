package org.sitrep.cli;

import org.sitrep.pipeline.Pipeline;

/**
 * The real pipeline ({@link Application#pipeline()}: CoreNLP, gazetteer, events), built once for
 * all the integration tests that run in one JVM, since loading it is the slow part.
 */
final class SharedPipeline {
  private static Pipeline pipeline;

  private SharedPipeline() {}

  static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = Application.pipeline();
    }
    return pipeline;
  }
}
