package org.sitrep.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.clean.Cleaner;
import org.sitrep.extract.dates.DateExtractor;
import org.sitrep.extract.entities.EntityExtractor;
import org.sitrep.extract.events.EventExtractor;
import org.sitrep.extract.events.QuotedStatements;
import org.sitrep.extract.quotes.QuoteExtractor;
import org.sitrep.fuse.EventFuser;
import org.sitrep.fuse.HistoricalEvents;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.ingest.InputException;
import org.sitrep.model.Analysis;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.LayerFailure;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.RawArticle;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotator;

/**
 * Runs one article through every stage, in this order: clean, annotate, resolve places, extract
 * entities, dates, quotes and events, fuse events, mark historical ones. Thread-safe when its
 * stages are; build one per process.
 *
 * <p>A failure inside one layer (places, entities, dates, quotes, events) costs that layer for that
 * article: it is left empty and named in the analysis's {@code failures}; the other layers stand.
 * Only a failure to clean or annotate the text costs the article. Each article has a time budget
 * ({@link #withTimeBudget}); past it, its analysis stops with a {@link BudgetExceededException}.
 */
public final class Pipeline {
  /** The time budget of one article unless told otherwise ({@code --max-seconds}). */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(120);

  private final Cleaner cleaner;
  private final Annotator annotator;
  private final PlaceResolver places;
  private final EventExtractor events;
  private final EntityExtractor entities;
  private final DateExtractor dates;
  private final QuoteExtractor quotes;
  private final EventFuser fuser;
  private final Duration budget;
  private final HistoricalEvents history = new HistoricalEvents();

  public Pipeline(Annotator annotator, PlaceResolver places, EventExtractor events) {
    this.annotator = Objects.requireNonNull(annotator);
    this.places = Objects.requireNonNull(places);
    this.events = Objects.requireNonNull(events);
    this.cleaner = new Cleaner();
    this.entities = new EntityExtractor();
    this.dates = new DateExtractor();
    this.quotes = new QuoteExtractor();
    this.fuser = new EventFuser();
    this.budget = DEFAULT_BUDGET;
  }

  private Pipeline(Pipeline p, Duration budget) {
    this.annotator = p.annotator;
    this.places = p.places;
    this.events = p.events;
    this.cleaner = p.cleaner;
    this.entities = p.entities;
    this.dates = p.dates;
    this.quotes = p.quotes;
    this.fuser = p.fuser;
    this.budget = budget;
  }

  /** The same stages with another time budget per article; shares every part with this one. */
  public Pipeline withTimeBudget(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive, not " + limit);
    }
    return new Pipeline(this, limit);
  }

  public Duration timeBudget() {
    return budget;
  }

  public Annotator annotator() {
    return annotator;
  }

  public PlaceResolver placeResolver() {
    return places;
  }

  /** Analyses one article; throws only for input that cannot be read as an article. */
  public Analysis analyze(RawArticle article) throws InputException {
    CleanDocument clean = cleaner.clean(article);
    return analyze(clean);
  }

  /**
   * Annotates a clean document and runs every layer on it, within the time budget.
   *
   * @throws BudgetExceededException when the budget ran out
   */
  public Analysis analyze(CleanDocument clean) {
    try (TimeBudget b = TimeBudget.start(budget)) {
      try {
        return analyze(clean, b);
      } catch (RuntimeException | StackOverflowError e) {
        if (b.expired()) {
          throw b.exceeded(); // CoreNLP stops at the interrupt with an exception of its own
        }
        throw e;
      }
    }
  }

  private Analysis analyze(CleanDocument clean, TimeBudget b) {
    AnnotatedDocument doc = annotator.annotate(clean);
    List<LayerFailure> failed = new ArrayList<>();
    List<Place> foundPlaces = layer("places", b, failed, () -> places.resolve(doc));
    List<Entity> foundEntities =
        layer("entities", b, failed, () -> entities.extract(doc, foundPlaces));
    List<TimeExpression> foundDates = layer("dates", b, failed, () -> dates.extract(doc));
    List<Quote> foundQuotes = layer("quotes", b, failed, () -> quotes.extract(doc, foundEntities));
    List<Event> foundEvents =
        layer(
            "events",
            b,
            failed,
            () ->
                history.mark(
                    fuser.fuse(
                        doc,
                        QuotedStatements.withSpeakers(
                            events.extract(doc, foundEntities, foundPlaces, foundDates),
                            foundQuotes),
                        foundPlaces),
                    clean.published()));
    TimeBudget.check(b);
    return new Analysis(
        DocumentInfo.of(clean),
        foundEntities,
        foundPlaces,
        foundEvents,
        foundQuotes,
        foundDates,
        clean.toSource(),
        failed);
  }

  /**
   * Runs one layer; if it fails, records the failure under the layer's name and gives an empty
   * list, so the article keeps its other layers. Running out of time is not a layer's failure.
   */
  private static <T> List<T> layer(
      String name, TimeBudget b, List<LayerFailure> failed, Supplier<List<T>> run) {
    TimeBudget.check(b);
    try {
      return run.get();
    } catch (RuntimeException | StackOverflowError e) {
      if (b.expired()) {
        throw b.exceeded();
      }
      failed.add(
          new LayerFailure(
              name,
              e.getClass().getSimpleName() + ": " + OrderedWorkers.firstLine(e.getMessage())));
      return List.of();
    }
  }
}
