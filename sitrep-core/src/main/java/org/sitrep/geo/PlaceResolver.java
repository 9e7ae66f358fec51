package org.sitrep.geo;

import java.util.List;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Place;

/** The resolve-places stage. Implementations are thread-safe. */
public interface PlaceResolver {
  /** Every toponym of the document, resolved, with ids {@code p1}, {@code p2}, … */
  List<Place> resolve(AnnotatedDocument document);

  /** What resolves places, for provenance (e.g. the gazetteer and its hash). */
  String description();

  /** A resolver that finds nothing, for pipelines run without a gazetteer. */
  PlaceResolver NONE =
      new PlaceResolver() {
        @Override
        public List<Place> resolve(AnnotatedDocument document) {
          return List.of();
        }

        @Override
        public String description() {
          return "none";
        }
      };
}
