package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Snippet label figures: the set of families of a snippet's predicted events (restricted to {@code
 * covered}) against its gold labels.
 *
 * @param micro counts summed over snippets and families
 * @param macroF1 mean F1 over the families that occur in the key or the predictions; NaN when none
 *     does
 * @param byFamily per family
 */
public record LabelScores(Prf micro, double macroF1, Map<String, Prf> byFamily) {
  public LabelScores {
    byFamily = Map.copyOf(byFamily);
  }

  public Map<String, Object> toJson() {
    Map<String, Object> out = micro.toJson();
    out.put("macro_f1", Double.isNaN(macroF1) ? null : macroF1);
    Map<String, Object> families = new LinkedHashMap<>();
    byFamily.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> families.put(e.getKey(), e.getValue().toJson()));
    out.put("by_family", families);
    return out;
  }
}
