package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stretch of text an event was read from.
 *
 * @param start start of the evidence sentence
 * @param end end of the evidence sentence
 * @param trigger the words that signalled the event inside the sentence (e.g. "shelled"), null when
 *     not recorded; an addition to the contract, left out of the JSON when null
 * @param rule the extraction rule that read the event (e.g. {@code trigger:shell/verb}), null when
 *     not recorded; left out of the JSON when null
 */
public record Evidence(
    int start,
    int end,
    @JsonInclude(JsonInclude.Include.NON_NULL) Trigger trigger,
    @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {

  /** Evidence with no trigger or rule recorded. */
  public Evidence(int start, int end) {
    this(start, end, null, null);
  }

  public Span span() {
    return new Span(start, end);
  }

  /** The words of a sentence that signalled an event, as offsets and text. */
  public record Trigger(int start, int end, String text) {}
}
