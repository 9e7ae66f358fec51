package org.sitrep.cli;

import org.sitrep.extract.events.EventExtractor;
import org.sitrep.extract.events.RuleEventExtractor;
import org.sitrep.extract.events.TriggerLexicon;
import org.sitrep.geo.BaselinePlaceResolver;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerPlaceResolver;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.ParseSelector;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;
import org.sitrep.pipeline.Pipeline;

/**
 * Wires the application: builds the heavy parts (CoreNLP pipeline, gazetteer) once and passes them
 * through constructors. Every command gets its pipeline here.
 */
public final class Application {
  private Application() {}

  /** The pipeline sitrep runs by default. */
  public static Pipeline pipeline() {
    return pipeline(NlpSettings.sitrep());
  }

  public static Pipeline pipeline(NlpSettings settings) {
    return pipeline(annotator(settings), Gazetteer.load());
  }

  /** The annotator sitrep runs by default. */
  public static Annotator annotator() {
    return annotator(NlpSettings.sitrep());
  }

  /** CoreNLP with these settings, parsing only the sentences {@link #parseSelector} picks. */
  public static Annotator annotator(NlpSettings settings) {
    return new CoreNlpAnnotator(settings, parseSelector());
  }

  /**
   * The sentences worth a dependency parse: those with a word that starts an event trigger of
   * {@code triggers.tsv}, or with a speech verb.
   */
  public static ParseSelector parseSelector() {
    return ParseSelector.lemmas(TriggerLexicon.firstLemmas(), TriggerLexicon.speechVerbs());
  }

  /** The default pipeline on parts already built. */
  public static Pipeline pipeline(Annotator annotator, Gazetteer gazetteer) {
    return new Pipeline(annotator, new GazetteerPlaceResolver(gazetteer), events());
  }

  /** The same pipeline with the naive geocoder (most populous namesake), for comparison. */
  public static Pipeline baseline(Annotator annotator, Gazetteer gazetteer) {
    return new Pipeline(annotator, new BaselinePlaceResolver(gazetteer), events());
  }

  private static EventExtractor events() {
    return new RuleEventExtractor();
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
    return ingester(store, pipeline(), threads);
  }

  /** An ingester over the store with a pipeline already built. */
  public static org.sitrep.store.Ingester ingester(
      org.sitrep.store.Store store, Pipeline pipeline, int threads) {
    return new org.sitrep.store.Ingester(store, pipeline::analyze, provenance(pipeline), threads);
  }
}
