package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
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
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.RawArticle;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotator;

/**
 * Runs one article through every stage, in this order: clean, annotate, resolve places, extract
 * entities, dates, quotes and events, fuse events, mark historical ones. Thread-safe when its
 * stages are; build one per process.
 */
public final class Pipeline {
  private final Cleaner cleaner = new Cleaner();
  private final Annotator annotator;
  private final PlaceResolver places;
  private final EventExtractor events;
  private final EntityExtractor entities = new EntityExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final EventFuser fuser = new EventFuser();
  private final HistoricalEvents history = new HistoricalEvents();

  public Pipeline(Annotator annotator, PlaceResolver places, EventExtractor events) {
    this.annotator = Objects.requireNonNull(annotator);
    this.places = Objects.requireNonNull(places);
    this.events = Objects.requireNonNull(events);
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

  public Analysis analyze(CleanDocument clean) {
    AnnotatedDocument doc = annotator.annotate(clean);
    List<Place> foundPlaces = places.resolve(doc);
    List<Entity> foundEntities = entities.extract(doc, foundPlaces);
    List<TimeExpression> foundDates = dates.extract(doc);
    List<Quote> foundQuotes = quotes.extract(doc, foundEntities);
    List<Event> foundEvents =
        history.mark(
            fuser.fuse(
                doc,
                QuotedStatements.withSpeakers(
                    events.extract(doc, foundEntities, foundPlaces, foundDates), foundQuotes),
                foundPlaces),
            clean.published());
    return new Analysis(
        DocumentInfo.of(clean),
        foundEntities,
        foundPlaces,
        foundEvents,
        foundQuotes,
        foundDates,
        clean.toSource());
  }
}
