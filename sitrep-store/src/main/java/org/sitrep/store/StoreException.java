package org.sitrep.store;

/** A database operation that failed, with what was being done. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String doing, Throwable cause) {
    super(
        doing
            + ": "
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
        cause);
  }

  /** A problem with no exception behind it, in one line. */
  public StoreException(String message) {
    super(message);
  }
}
