package org.sitrep.ingest;

/** An input that cannot be read, with a one-line reason fit for a user. */
public final class InputException extends Exception {
  private final String origin;
  private final String reason;

  public InputException(String origin, String reason) {
    super(origin + ": " + reason);
    this.origin = origin;
    this.reason = reason;
  }

  public String origin() {
    return origin;
  }

  public String reason() {
    return reason;
  }
}
