package org.sitrep.model;

/** A place in the text where something is mentioned, as the output contract writes it. */
public record Mention(int start, int end, String text) {
  public static Mention of(Span span, String documentText) {
    return new Mention(span.start(), span.end(), span.of(documentText));
  }

  public Span span() {
    return new Span(start, end);
  }
}
