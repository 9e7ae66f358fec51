package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.sitrep.model.Span;

/**
 * A gold quotation: the words inside the marks and the acceptable names of its speaker.
 *
 * @param speaker aliases, longest last; empty for an optional quote
 * @param optional a real quotation whose speaker the key cannot name: not scored
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldQuote(int start, int end, String text, List<String> speaker, boolean optional) {
  public GoldQuote {
    speaker = GoldLists.copy(speaker);
  }

  public Span span() {
    return new Span(start, end);
  }
}
