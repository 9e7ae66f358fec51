package org.sitrep.pipeline;

import java.time.Duration;

/** An article whose analysis took longer than its time budget ({@code --max-seconds}). */
public final class BudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BudgetExceededException(Duration limit) {
    super(
        "analysis took longer than "
            + limit.toSeconds()
            + " s and was stopped (--max-seconds); the article is not analysed");
  }
}
