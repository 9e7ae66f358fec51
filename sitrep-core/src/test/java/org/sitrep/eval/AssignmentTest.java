package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentTest {
  @Test
  void findsTheMaximalMatchingGreedyMisses() {
    // row 0 could take column 0 or 1, row 1 only column 0
    long[][] w = {{5, 5}, {5, 0}};
    assertThat(Assignment.maximize(w, 2)).containsExactly(1, 0);
  }

  @Test
  void neverAssignsAZeroWeightPair() {
    long[][] w = {{0, 0}, {0, 3}, {0, 2}};
    assertThat(Assignment.maximize(w, 2)).containsExactly(-1, 1, -1);
    assertThat(Assignment.maximize(new long[][] {{}, {}}, 0)).containsExactly(-1, -1);
    assertThat(Assignment.maximize(new long[0][0], 0)).isEmpty();
  }

  @Test
  void matchesBruteForceOnRandomMatrices() {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      int rows = random.nextInt(5);
      int columns = random.nextInt(5);
      long[][] w = new long[rows][columns];
      for (long[] row : w) {
        for (int j = 0; j < columns; j++) {
          row[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(20);
        }
      }
      int[] got = Assignment.maximize(w, columns);
      boolean[] taken = new boolean[columns];
      long total = 0;
      for (int i = 0; i < rows; i++) {
        if (got[i] >= 0) {
          assertThat(taken[got[i]]).isFalse();
          assertThat(w[i][got[i]]).isPositive();
          taken[got[i]] = true;
          total += w[i][got[i]];
        }
      }
      assertThat(total).as("round " + round).isEqualTo(best(w, 0, new boolean[columns]));
    }
  }

  private static long best(long[][] w, int row, boolean[] taken) {
    if (row == w.length) {
      return 0;
    }
    long result = best(w, row + 1, taken);
    for (int j = 0; j < taken.length; j++) {
      if (!taken[j] && w[row][j] > 0) {
        taken[j] = true;
        result = Math.max(result, w[row][j] + best(w, row + 1, taken));
        taken[j] = false;
      }
    }
    return result;
  }
}
