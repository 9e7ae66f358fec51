package org.sitrep.geo.recognize;

import org.sitrep.model.Span;

/**
 * A span of the document that names a place.
 *
 * @param span where it is in the document text
 * @param text the text of the span
 * @param firstToken document-wide index of its first token
 * @param lastToken document-wide index of its last token (inclusive)
 * @param source how it was found
 */
public record ToponymMention(Span span, String text, int firstToken, int lastToken, Source source) {
  /** How a toponym mention was found. */
  public enum Source {
    /** The NLP stage labelled it a location. */
    NER,
    /** A gazetteer name the NLP stage did not label a location. */
    GAZETTEER,
    /** A gazetteer name inside an organisation's name ("Kharkiv City Council"). */
    EMBEDDED,
    /** A demonym or adjective of a country or region ("Ukrainian", "Syrians"). */
    DEMONYM
  }

  public boolean isDemonym() {
    return source == Source.DEMONYM;
  }
}
