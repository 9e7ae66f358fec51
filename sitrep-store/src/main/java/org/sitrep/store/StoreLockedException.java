package org.sitrep.store;

import java.nio.file.Path;

/**
 * The store file is held by another process (DuckDB allows one writer per file): typically a
 * running {@code sitrep serve}. The message says in one line what is happening and what to do.
 */
public final class StoreLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreLockedException(Path file, String holder, Throwable cause) {
    super(
        file
            + " is in use by another sitrep process ("
            + holder
            + ", e.g. sitrep serve): stop it first, or export through it (GET /api/export),"
            + " or add articles through it (POST /api/articles)",
        cause);
  }
}
