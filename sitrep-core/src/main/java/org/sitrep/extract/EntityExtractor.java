package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;

/** Entities: people, organisations, groups and nationalities, each with all its mentions. */
public final class EntityExtractor {
  public List<Entity> extract(AnnotatedDocument doc, List<Place> places) {
    return List.of();
  }
}
