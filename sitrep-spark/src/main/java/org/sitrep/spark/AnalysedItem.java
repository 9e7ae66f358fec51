package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Analysis;
import org.sitrep.output.Json;
import org.sitrep.pipeline.Outcome;
import org.sitrep.store.Provenance;
import org.sitrep.store.StoreRows;

/**
 * What became of one input item on an executor: its line of the sitrep/v1 output (as {@code sitrep
 * extract --format jsonl} prints it) and its rows per table, keyed by table name.
 *
 * @param sha256 the article's content hash, null for a failure
 */
record AnalysedItem(long ordinal, String sha256, String line, Map<String, List<Object[]>> rows)
    implements Serializable {
  /**
   * @param failureId the article id a failure is stored under: for an input that could not be read,
   *     the id it gave (or null), as {@code sitrep ingest} stores it
   */
  static AnalysedItem of(long ordinal, Outcome outcome, Provenance provenance, String failureId) {
    Map<String, List<Object[]>> rows = new java.util.HashMap<>();
    if (outcome instanceof Outcome.Done d) {
      Analysis a = d.analysis();
      StoreRows.of(a, d.origin(), provenance)
          .forEach((t, r) -> rows.put(t.name(), new ArrayList<>(r)));
      return new AnalysedItem(ordinal, a.document().sha256(), Json.line(a), rows);
    }
    Outcome.Failed f = (Outcome.Failed) outcome;
    List<Object[]> failure = new ArrayList<>();
    failure.add(StoreRows.failure(f.origin(), failureId, f.reason()));
    rows.put(StoreRows.FAILURES.name(), failure);
    return new AnalysedItem(ordinal, null, Json.errorLine(f.id(), f.message()), rows);
  }

  List<Object[]> rows(String table) {
    return rows.getOrDefault(table, List.of());
  }
}
