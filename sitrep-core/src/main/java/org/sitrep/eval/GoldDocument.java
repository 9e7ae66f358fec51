package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer key for one article. A layer the set does not annotate is null (not scored); an
 * annotated layer with nothing in it is empty.
 *
 * @param counts article-level figures by count kind; a null figure is not scored
 * @param labels families present in a short snippet
 * @param covered families annotated exhaustively; null means every family
 * @param incident the incident the article reports (articles sharing it report one), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(
    String id,
    List<GoldToponym> toponyms,
    List<GoldQuote> quotes,
    Map<String, Long> counts,
    List<GoldEvent> events,
    List<String> labels,
    List<String> covered,
    String incident) {
  public GoldDocument {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("document without id");
    }
    toponyms = GoldLists.copyOrNull(toponyms);
    quotes = GoldLists.copyOrNull(quotes);
    counts = counts == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    events = GoldLists.copyOrNull(events);
    labels = GoldLists.copyOrNull(labels);
    covered = GoldLists.copyOrNull(covered);
  }

  /** Whether predicted events of {@code family} count for this article. */
  public boolean covers(String family) {
    if (family == null) {
      return false;
    }
    if (covered == null) {
      return true;
    }
    for (String c : covered) {
      if (c.equalsIgnoreCase(family)) {
        return true;
      }
    }
    return false;
  }
}
