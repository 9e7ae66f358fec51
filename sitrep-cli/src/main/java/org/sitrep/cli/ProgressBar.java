package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.store.Ingester;

/** A progress bar with rate and ETA on stderr, redrawn at most four times a second. */
final class ProgressBar {
  private static final int WIDTH = 28;
  private final PrintWriter err;
  private long startNanos;
  private long lastDraw;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  void start() {
    startNanos = System.nanoTime();
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  void update(int done, int total, Ingester.Tally tally) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 250_000_000L) {
      return;
    }
    lastDraw = now;
    double secs = elapsedSeconds();
    double rate = done / Math.max(1e-9, secs);
    double eta = rate > 0 ? (total - done) / rate : 0;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %d/%d  %.2f art/s  ETA %s  stored %d  skipped %d  failed %d ",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done,
        total,
        rate,
        duration(eta),
        tally.stored(),
        tally.skipped(),
        tally.failures().size());
    err.flush();
  }

  /** A bar for a batch that is analysed, not stored: done of total, failures. */
  void update(int done, int total, int failed) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 250_000_000L) {
      return;
    }
    lastDraw = now;
    double secs = elapsedSeconds();
    double rate = done / Math.max(1e-9, secs);
    double eta = rate > 0 ? (total - done) / rate : 0;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %d/%d  %.2f art/s  ETA %s  failed %d ",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done,
        total,
        rate,
        duration(eta),
        failed);
    err.flush();
  }

  void finish() {
    err.println();
    err.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
