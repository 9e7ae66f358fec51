package org.sitrep.pipeline;

import org.sitrep.model.Analysis;

/** What became of one input item: its analysis, or why there is none. */
public sealed interface Outcome {
  String origin();

  /** An article analysed. */
  record Done(String origin, Analysis analysis) implements Outcome {}

  /**
   * An input that could not be read or analysed.
   *
   * @param id the article id if known, else the origin
   * @param reason one line, without the origin
   * @param cause the exception behind an analysis failure, for {@code --debug}; null otherwise
   */
  record Failed(String origin, String id, String reason, Throwable cause) implements Outcome {
    public Failed(String origin, String id, String reason) {
      this(origin, id, reason, null);
    }

    public String message() {
      return origin + ": " + reason;
    }
  }
}
