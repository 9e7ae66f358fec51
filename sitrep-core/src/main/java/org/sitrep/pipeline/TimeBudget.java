package org.sitrep.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A time limit on the work the current thread does for one article. Past it, a watchdog interrupts
 * the thread: CoreNLP's annotators stop at the interrupt and the pipeline checks for it between
 * stages ({@link #check()}). Closing the budget clears any interrupt it caused, so a pooled worker
 * thread goes on to the next article clean.
 */
final class TimeBudget implements AutoCloseable {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("sitrep-watchdog"));

  private final Object lock = new Object();
  private final Duration limit;
  private final ScheduledFuture<?> alarm;
  private boolean closed;
  private boolean expired;

  private TimeBudget(Duration limit) {
    this.limit = limit;
    Thread worker = Thread.currentThread();
    this.alarm = WATCHDOG.schedule(() -> expire(worker), limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts a budget for the current thread. */
  static TimeBudget start(Duration limit) {
    return new TimeBudget(limit);
  }

  private void expire(Thread worker) {
    synchronized (lock) {
      if (!closed) {
        expired = true;
        worker.interrupt();
      }
    }
  }

  /** Whether the limit was reached before the work ended. */
  boolean expired() {
    synchronized (lock) {
      return expired;
    }
  }

  /** The exception that stands for this budget's end. */
  BudgetExceededException exceeded() {
    return new BudgetExceededException(limit);
  }

  /** Throws if this thread was interrupted: its budget ran out, or the process is stopping. */
  static void check(TimeBudget budget) {
    if (Thread.currentThread().isInterrupted()) {
      throw budget.exceeded();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
    }
    alarm.cancel(false);
    if (expired()) {
      Thread.interrupted(); // the interrupt was ours: the worker thread carries on clean
    }
  }
}
