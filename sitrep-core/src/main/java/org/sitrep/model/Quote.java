package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A direct quotation: the words inside the quotation marks.
 *
 * @param speaker null when no speaker can be found
 * @param confidence how sure the attribution is, 0–1
 * @param rule the attribution rule that found the speaker (e.g. {@code speech-verb-after}), null
 *     when none did or the quote was not made by {@code QuoteExtractor}; an addition to the
 *     contract, left out of the JSON when null
 */
public record Quote(
    String id,
    int start,
    int end,
    String text,
    Speaker speaker,
    double confidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {
  /** A quote with no attribution rule recorded. */
  public Quote(String id, int start, int end, String text, Speaker speaker, double confidence) {
    this(id, start, end, text, speaker, confidence, null);
  }

  public Span span() {
    return new Span(start, end);
  }
}
