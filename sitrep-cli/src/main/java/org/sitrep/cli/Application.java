package org.sitrep.cli;

import org.sitrep.extract.EventExtractor;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;
import org.sitrep.pipeline.Pipeline;

/**
 * Wires the application: builds the heavy parts (CoreNLP pipeline, gazetteer) once and passes
 * them through constructors. Every command gets its pipeline here.
 */
public final class Application {
  private Application() {}

  /** The pipeline sitrep runs by default. */
  public static Pipeline pipeline() {
    return pipeline(NlpSettings.sitrep());
  }

  public static Pipeline pipeline(NlpSettings settings) {
    return new Pipeline(new CoreNlpAnnotator(settings), PlaceResolver.NONE, EventExtractor.NONE);
  }

  /** What produced the facts this pipeline stores: versions, commit, annotators, gazetteer. */
  public static org.sitrep.store.Provenance provenance(Pipeline pipeline) {
    return new org.sitrep.store.Provenance(
        Version.sitrep(),
        System.getProperty("sitrep.commit", "unknown"),
        pipeline.annotator().description(),
        pipeline.placeResolver().description());
  }

  /** An ingester over the store with the default pipeline (loads CoreNLP). */
  public static org.sitrep.store.Ingester ingester(org.sitrep.store.Store store, int threads) {
    Pipeline pipeline = pipeline();
    return new org.sitrep.store.Ingester(store, pipeline::analyze, provenance(pipeline), threads);
  }
}
