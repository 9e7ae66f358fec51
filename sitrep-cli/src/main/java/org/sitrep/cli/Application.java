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
    // the gazetteer loads while CoreNLP does (start-up: README, "Speed")
    java.util.concurrent.CompletableFuture<Gazetteer> gazetteer =
        java.util.concurrent.CompletableFuture.supplyAsync(Gazetteer::load);
    Annotator annotator = annotator(settings);
    try {
      return pipeline(annotator, gazetteer.join());
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
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
   * The sentences worth a dependency parse: those with a speech verb, or with an event trigger of
   * {@code triggers.tsv} (matched as the event extractor does; a sentence that merely has a word
   * starting some trigger, "take", "come", "hold", is not parsed: README, "Speed").
   */
  public static ParseSelector parseSelector() {
    java.util.function.Predicate<java.util.List<org.sitrep.model.Token>> triggers =
        TriggerLexicon.sentenceTest();
    return ParseSelector.lemmas(java.util.Set.of(), TriggerLexicon.speechVerbs())
        .or(triggers::test);
  }

  /** The default pipeline on parts already built. */
  public static Pipeline pipeline(Annotator annotator, Gazetteer gazetteer) {
    return new Pipeline(annotator, new GazetteerPlaceResolver(gazetteer), events());
  }

  /** The same pipeline with the naive geocoder (most populous namesake), for comparison. */
  public static Pipeline baseline(Annotator annotator, Gazetteer gazetteer) {
    return new Pipeline(annotator, new BaselinePlaceResolver(gazetteer), events());
  }

  static EventExtractor events() {
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
