package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.geo.recognize.ToponymMention;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.NameMention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * The naive baseline: every location the NLP stage labelled, resolved to the most populous
 * gazetteer entry of exactly that name (countries and divisions count the people of their cities).
 * No context, no cues, no recognition of its own. Reported beside {@link GazetteerPlaceResolver} so
 * that every gain is visible. Thread-safe.
 */
public final class BaselinePlaceResolver implements PlaceResolver {
  private final Gazetteer gazetteer;

  public BaselinePlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
  }

  @Override
  public String description() {
    return "sitrep-geo baseline (most populous namesake), " + gazetteer.description();
  }

  @Override
  public List<Place> resolve(AnnotatedDocument doc) {
    List<PlaceBuilder.Resolved> resolved = new ArrayList<>();
    for (NameMention m : doc.names()) {
      if (!m.label().equals("LOCATION")) {
        continue;
      }
      ToponymMention tm =
          new ToponymMention(
              new Span(m.span().start(), m.span().end()),
              m.text(),
              m.firstToken(),
              m.lastToken(),
              ToponymMention.Source.NER);
      GeoEntry best =
          gazetteer.lookup(m.text()).stream()
              .map(Gazetteer.Match::entry)
              .max(Comparator.comparingLong(GeoEntry::population))
              .orElse(null);
      resolved.add(new PlaceBuilder.Resolved(tm, best, m.text(), best == null ? 0.2 : 0.5, false));
    }
    return PlaceBuilder.build(doc, resolved, gazetteer);
  }
}
