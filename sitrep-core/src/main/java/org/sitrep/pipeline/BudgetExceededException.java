package org.sitrep.pipeline;

import java.time.Duration;

/** An article whose analysis took longer than its time budget ({@code --max-seconds}). */
public final class BudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BudgetExceededException(Duration limit) {
    super(
        "analysis took longer than "
            + seconds(limit)
            + " s and was stopped (--max-seconds); the article is not analysed");
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0
        ? Long.toString(ms / 1000)
        : java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
  }
}
