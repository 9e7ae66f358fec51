package org.sitrep.model;

/**
 * One layer of the analysis (places, entities, dates, quotes or events) that failed for one
 * article. The article keeps every other layer; this one is empty.
 *
 * @param layer the layer's name, as in the output's top-level field it would have filled
 * @param reason one line: the exception's kind and first message line
 */
public record LayerFailure(String layer, String reason) {
  /** The one-line message for a failure record: {@code quotes layer failed: …}. */
  public String message() {
    return layer + " layer failed: " + reason;
  }
}
