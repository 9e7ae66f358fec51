package org.sitrep.cli;

import org.sitrep.extract.RuleEventExtractor;
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
    return new Pipeline(new CoreNlpAnnotator(settings), PlaceResolver.NONE, new RuleEventExtractor());
  }
}
