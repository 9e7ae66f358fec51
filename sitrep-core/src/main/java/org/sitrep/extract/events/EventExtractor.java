package org.sitrep.extract.events;

import java.util.List;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.TimeExpression;

/** The event-extraction stage. Implementations are thread-safe. */
public interface EventExtractor {
  List<Event> extract(
      AnnotatedDocument document,
      List<Entity> entities,
      List<Place> places,
      List<TimeExpression> dates);

  /** An extractor that finds no events. */
  EventExtractor NONE = (document, entities, places, dates) -> List.of();
}
