package org.sitrep.model;

/**
 * A direct quotation: the words inside the quotation marks.
 *
 * @param speaker null when no speaker can be found
 * @param confidence how sure the attribution is, 0–1
 */
public record Quote(String id, int start, int end, String text, Speaker speaker, double confidence) {
  public Span span() {
    return new Span(start, end);
  }
}
