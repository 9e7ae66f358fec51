package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.eval.GoldSet;
import org.sitrep.eval.IncidentScorer;
import org.sitrep.eval.IncidentScores;
import org.sitrep.incident.IncidentReader;
import org.sitrep.link.IncidentLinker;
import org.sitrep.model.Analysis;
import org.sitrep.store.ArticleWriter;
import org.sitrep.store.Provenance;
import org.sitrep.store.Store;

/**
 * The incident layer of {@code sitrep eval}: a set's analyses are stored, in input order, in a
 * temporary store and linked as an ingest links them; the ATTACK incidents are then scored by
 * {@link IncidentScorer}, beside the same-day baseline.
 */
final class IncidentEval {
  private IncidentEval() {}

  /** Whether the set's key has an incident layer. */
  static boolean applies(GoldSet gold) {
    return gold.documents().stream().anyMatch(d -> d.incident() != null);
  }

  /** The figures, and the seconds linking took. */
  record Result(IncidentScores scores, double linkSeconds) {}

  static Result run(GoldSet gold, Map<String, Analysis> predictions, Provenance provenance) {
    Path dir;
    try {
      dir = Files.createTempDirectory("sitrep-incidents-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Store store = Store.open(dir.resolve("eval.duckdb"))) {
      IncidentLinker linker = new IncidentLinker(store);
      try (ArticleWriter w = new ArticleWriter(store)) {
        for (Analysis a : predictions.values()) {
          w.save(a, "eval", provenance, linker::linkStored);
        }
      }
      linker.flush();
      List<IncidentScorer.Predicted> predicted = new ArrayList<>();
      for (IncidentReader.Members m : new IncidentReader(store).members("ATTACK")) {
        predicted.add(new IncidentScorer.Predicted(m.documents(), m.killedClaims()));
      }
      Map<String, IncidentScorer.Article> articles = new HashMap<>();
      predictions.forEach(
          (id, a) ->
              articles.put(
                  id,
                  new IncidentScorer.Article(
                      a.document().published(),
                      a.events().stream().anyMatch(e -> "ATTACK".equals(e.family())))));
      return new Result(IncidentScorer.score(gold, predicted, articles), linker.seconds());
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
