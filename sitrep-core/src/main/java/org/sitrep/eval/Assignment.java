package org.sitrep.eval;

import java.util.Arrays;

/**
 * Maximum-weight one-to-one assignment of rows to columns (the Hungarian algorithm, O(n²m)). Pairs
 * of weight 0 are never assigned.
 */
final class Assignment {
  private Assignment() {}

  /**
   * The assignment of largest total weight.
   *
   * @param weights {@code weights[row][column]}, non-negative; 0 means the pair is not allowed
   * @return for each row its column, or -1
   */
  static int[] maximize(long[][] weights, int columns) {
    int n = weights.length;
    int[] result = new int[n];
    Arrays.fill(result, -1);
    if (n == 0 || columns == 0) {
      return result;
    }
    // minimise cost = -weight over columns plus one dummy column per row (leaving a row unmatched)
    int m = columns + n;
    long inf = Long.MAX_VALUE / 4;
    long[] u = new long[n + 1];
    long[] v = new long[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] minv = new long[m + 1];
      Arrays.fill(minv, inf);
      boolean[] used = new boolean[m + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = inf;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (used[j]) {
            continue;
          }
          long cost = j <= columns ? -weights[i0 - 1][j - 1] : 0;
          long cur = cost - u[i0] - v[j];
          if (cur < minv[j]) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j] < delta) {
            delta = minv[j];
            j1 = j;
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    for (int j = 1; j <= columns; j++) {
      if (p[j] != 0 && weights[p[j] - 1][j - 1] > 0) {
        result[p[j] - 1] = j - 1;
      }
    }
    return result;
  }
}
