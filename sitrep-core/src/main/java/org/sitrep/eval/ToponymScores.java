package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Toponym figures.
 *
 * @param recall gold toponyms overlapped by a predicted place mention / all gold toponyms
 * @param acc161 found gold toponyms with coordinates whose predicted place is within 161 km (or,
 *     for a country-level toponym, names the same country at country precision) / found gold
 *     toponyms with coordinates
 * @param exactId found gold toponyms with a GeoNames id resolved to that id / found gold toponyms
 *     with a GeoNames id
 * @param endToEnd found and within 161 km / all gold toponyms with coordinates
 * @param precision predicted place mentions overlapping a gold toponym / all predicted place
 *     mentions (of articles whose key has toponyms)
 * @param recallByClass recall per gold {@code class} (GeoWebNews' literal / associative), where the
 *     key gives one
 */
public record ToponymScores(
    Ratio recall,
    Ratio acc161,
    Ratio exactId,
    Ratio endToEnd,
    Ratio precision,
    Map<String, Ratio> recallByClass) {
  public ToponymScores {
    recallByClass = Map.copyOf(recallByClass);
  }

  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gold", recall.denominator());
    out.put("recall", recall.toJson());
    out.put("acc161km", acc161.toJson());
    out.put("exact_geonames_id", exactId.toJson());
    out.put("end_to_end", endToEnd.toJson());
    out.put("precision", precision.toJson());
    out.put("recall_by_class", EvalReport.ratios(recallByClass));
    return out;
  }
}
