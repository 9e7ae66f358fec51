package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quote figures, over the non-optional gold quotes.
 *
 * @param found gold quotes overlapped by a predicted quote / gold quotes
 * @param speaker gold quotes overlapped by a predicted quote whose speaker matches an alias / gold
 *     quotes
 * @param speakerAmongFound the same / found gold quotes
 * @param precision predicted quotes overlapping a gold quote, optional ones included / predicted
 *     quotes (of articles whose key has quotes); a lower bound where keys are not exhaustive
 * @param optional optional gold quotes, not scored
 */
public record QuoteScores(
    Ratio found, Ratio speaker, Ratio speakerAmongFound, Ratio precision, long optional) {
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gold", found.denominator());
    out.put("optional", optional);
    out.put("found", found.toJson());
    out.put("speaker", speaker.toJson());
    out.put("speaker_among_found", speakerAmongFound.toJson());
    out.put("precision", precision.toJson());
    return out;
  }
}
