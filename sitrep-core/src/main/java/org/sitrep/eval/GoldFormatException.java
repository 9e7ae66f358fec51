package org.sitrep.eval;

import java.io.IOException;

/** A line of a {@code gold.jsonl} answer key that cannot be read. */
public final class GoldFormatException extends IOException {
  private final String source;
  private final int line;

  /**
   * @param source the file (or other origin) read
   * @param line 1-based line number, or 0 when the problem is not one line's
   * @param message what is wrong
   */
  public GoldFormatException(String source, int line, String message, Throwable cause) {
    super(source + (line > 0 ? ":" + line : "") + ": " + message, cause);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }
}
