package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;

/** Direct quotations and their speakers. */
public final class QuoteExtractor {
  public List<Quote> extract(AnnotatedDocument doc, List<Entity> entities) {
    return List.of();
  }
}
