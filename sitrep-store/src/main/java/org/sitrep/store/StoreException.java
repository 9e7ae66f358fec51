package org.sitrep.store;

import java.util.Locale;

/**
 * A database operation that failed, with what was being done and, in one line, why: the deepest
 * cause's message, or "the disk is full" when that is what the database reports.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String doing, Throwable cause) {
    super(doing + ": " + reason(cause), cause);
  }

  /** Whether the failure comes from a full disk, as the database or the file system says. */
  public boolean diskFull() {
    return isDiskFull(getCause());
  }

  static String reason(Throwable cause) {
    if (isDiskFull(cause)) {
      return "the disk is full (free some space and run the same command again;"
          + " what was stored is kept)";
    }
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    if (m == null || m.isBlank()) {
      return root.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static boolean isDiskFull(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (mentionsFullDisk(c.getMessage())) {
        return true;
      }
      for (Throwable s : c.getSuppressed()) {
        if (mentionsFullDisk(s.getMessage())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentionsFullDisk(String m) {
    if (m == null) {
      return false;
    }
    String l = m.toLowerCase(Locale.ROOT);
    return l.contains("no space left on device")
        || l.contains("disk is full")
        || l.contains("disk full")
        || l.contains("not enough space");
  }

  /** A failure with no underlying exception: the message says it all. */
  public StoreException(String message) {
    super(message);
  }
}
