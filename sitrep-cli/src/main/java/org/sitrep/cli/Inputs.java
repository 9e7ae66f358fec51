package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a command's paths before anything heavy loads: a mistyped file costs no model loading and
 * never becomes an empty store.
 */
final class Inputs {
  private Inputs() {}

  /** An input path that is not there: the command reads nothing (exit code 1, all failed). */
  static final class Missing extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Missing(String message) {
      super(message);
    }
  }

  /** Every path exists ({@code -} is standard input); else one line naming the first missing. */
  static void requireExisting(List<String> paths) {
    for (String p : paths) {
      if (p.equals("-")) {
        continue;
      }
      if (!Files.exists(Path.of(p))) {
        throw new Missing("no such file or folder: " + p);
      }
      if (!Files.isReadable(Path.of(p))) {
        throw new Missing("cannot read " + p + " (permission denied)");
      }
    }
  }

  /** Whether standard output is a terminal (and standard input too: the JDK cannot tell apart). */
  static boolean terminal() {
    return System.console() != null;
  }
}
