package org.sitrep.ingest;

import org.sitrep.model.RawArticle;

/** One item read from the input: an article, or the reason one could not be read. */
public sealed interface InputItem {
  /** Where the item came from: a path, {@code path:line} for JSON Lines, or {@code -}. */
  String origin();

  /** An article read successfully. */
  record Read(RawArticle article) implements InputItem {
    @Override
    public String origin() {
      return article.origin();
    }
  }

  /**
   * An input that could not be read.
   *
   * @param id the article id if the input gave one, else null
   * @param reason one line saying what is wrong, without the origin
   */
  record Failed(String origin, String id, String reason) implements InputItem {
    public String message() {
      return origin + ": " + reason;
    }
  }
}
