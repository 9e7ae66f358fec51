package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairwise incident scores and the same-day baseline on a key written for the test. */
class IncidentScorerTest {
  @TempDir Path dir;

  GoldSet gold() throws Exception {
    Files.writeString(
        dir.resolve(GoldSet.FILE),
        String.join(
            "\n",
            "{\"id\": \"a\", \"counts\": {\"killed\": 12}, \"incident\": \"d1/x/strike\"}",
            "{\"id\": \"b\", \"counts\": {\"killed\": 18}, \"incident\": \"d1/x/strike\"}",
            "{\"id\": \"c\", \"counts\": {\"killed\": 15}, \"incident\": \"d1/x/strike\"}",
            "{\"id\": \"d\", \"counts\": {\"killed\": 3}, \"incident\": \"d1/y/strike\"}",
            "{\"id\": \"e\", \"counts\": {\"killed\": 3}, \"incident\": \"d2/y/strike\"}"));
    return GoldSet.read(dir);
  }

  static final LocalDate D1 = LocalDate.parse("2025-03-14");

  @Test
  void pairsLinkedAndPairsSharingAGoldIncidentGivePrecisionAndRecall() throws Exception {
    List<IncidentScorer.Predicted> predicted =
        List.of(
            new IncidentScorer.Predicted(List.of("a", "b", "c"), List.of(12L, 18L, 15L)),
            new IncidentScorer.Predicted(List.of("d", "e"), List.of(3L, 3L)));
    Map<String, IncidentScorer.Article> articles =
        Map.of(
            "a", new IncidentScorer.Article(D1, true),
            "b", new IncidentScorer.Article(D1, true),
            "c", new IncidentScorer.Article(D1, true),
            "d", new IncidentScorer.Article(D1, true),
            "e", new IncidentScorer.Article(D1.plusDays(1), true));
    IncidentScores s = IncidentScorer.score(gold(), predicted, articles);
    assertThat(s.goldPairs()).isEqualTo(3);
    assertThat(s.pairs().tp()).isEqualTo(3);
    assertThat(s.pairs().fp()).isEqualTo(1); // d-e: two gold incidents
    assertThat(s.pairs().recall().value()).isEqualTo(1.0);
    // same day: a, b, c, d (6 pairs, 3 right)
    assertThat(s.baseline().tp()).isEqualTo(3);
    assertThat(s.baseline().fp()).isEqualTo(3);
    assertThat(s.contested()).isEqualTo(1);
    assertThat(s.contestedLinkedWhole()).isEqualTo(1);
    assertThat(s.contestedKept()).isEqualTo(1);
  }

  @Test
  void anIncidentThatKeepsOneClaimDoesNotKeepTheContestedFigures() throws Exception {
    List<IncidentScorer.Predicted> predicted =
        List.of(new IncidentScorer.Predicted(List.of("a", "b", "c"), List.of(12L)));
    IncidentScores s = IncidentScorer.score(gold(), predicted, Map.of());
    assertThat(s.contestedLinkedWhole()).isEqualTo(1);
    assertThat(s.contestedKept()).isZero();
    assertThat(s.baseline().tp()).isZero();
  }
}
