package org.sitrep.feeds;

/** A fetch that came to nothing, with a one-line reason fit for a user. */
public final class FetchException extends Exception {
  private final boolean retry;

  public FetchException(String reason, boolean retry) {
    super(reason);
    this.retry = retry;
  }

  /** Whether trying again later may help (a timeout, a 5xx), unlike a 404 or a refusal. */
  public boolean retry() {
    return retry;
  }
}
