package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Article-level count figures, over all kinds and per kind.
 *
 * @param all every kind together
 * @param byKind per count kind of the key
 */
public record CountScores(Figures all, Map<String, Figures> byKind) {
  public CountScores {
    byKind = Map.copyOf(byKind);
  }

  /**
   * Figures for a set of gold figures.
   *
   * @param exact gold figures above 0 the system reports exactly / gold figures above 0
   * @param within10 gold figures above 0 the system is within 10 % of / gold figures above 0
   * @param zero gold figures of 0 for which the system reports nothing (or 0) / gold figures of 0
   */
  public record Figures(Ratio exact, Ratio within10, Ratio zero) {
    public Map<String, Object> toJson() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("exact", exact.toJson());
      out.put("within10", within10.toJson());
      out.put("zero_reports_nothing", zero.toJson());
      return out;
    }
  }

  public Map<String, Object> toJson() {
    Map<String, Object> out = all.toJson();
    Map<String, Object> kinds = new LinkedHashMap<>();
    byKind.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> kinds.put(e.getKey(), e.getValue().toJson()));
    out.put("by_kind", kinds);
    return out;
  }
}
