package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.TimeExpression;

/** Temporal expressions normalised against the publication date. */
public final class DateExtractor {
  public List<TimeExpression> extract(AnnotatedDocument doc) {
    return List.of();
  }
}
