package org.sitrep.model;

/** A stretch of text an event was read from. */
public record Evidence(int start, int end) {
  public Span span() {
    return new Span(start, end);
  }
}
