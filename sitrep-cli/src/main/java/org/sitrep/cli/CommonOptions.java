package org.sitrep.cli;

import java.time.Duration;
import java.time.LocalDate;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** Options every command that runs the pipeline shares; {@link #check} refuses bad values. */
final class CommonOptions {
  @Option(
      names = "--threads",
      description = "Worker threads (default: the number of cores).",
      defaultValue = "0")
  int threads;

  @Option(
      names = "--published",
      converter = Dates.Converter.class,
      description = "Publication date (YYYY-MM-DD) for articles whose input gives none.")
  LocalDate published;

  @Option(names = "--max-mb", description = "Refuse input files larger than this (default 20).")
  double maxMb = 20;

  @Option(
      names = "--max-seconds",
      description =
          "Time budget of one article (default 120): past it, the article becomes a failure"
              + " record and the batch goes on.")
  double maxSeconds = Pipeline.DEFAULT_BUDGET.toSeconds();

  @Option(names = "--debug", description = "Print stack traces for failures.")
  boolean debug;

  /** Refuses values no run could use, with the option's name. */
  void check() {
    if (threads < 0) {
      throw new IllegalArgumentException("--threads must be 1 or more (0: one per core)");
    }
    if (!(maxMb > 0) || Double.isInfinite(maxMb)) {
      throw new IllegalArgumentException("--max-mb must be a positive number of megabytes");
    }
    if (!(maxSeconds > 0) || Double.isInfinite(maxSeconds)) {
      throw new IllegalArgumentException("--max-seconds must be a positive number of seconds");
    }
  }

  int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  long maxBytes() {
    return (long) Math.min(Long.MAX_VALUE / 2, maxMb * 1024 * 1024);
  }

  Duration budget() {
    return Duration.ofMillis((long) Math.max(1, Math.min(maxSeconds * 1000, 1e12)));
  }
}
