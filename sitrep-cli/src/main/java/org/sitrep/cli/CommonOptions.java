package org.sitrep.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every command that runs the pipeline shares. */
final class CommonOptions {
  @Option(
      names = "--threads",
      description = "Worker threads (default: the number of cores).",
      defaultValue = "0")
  int threads;

  @Option(
      names = "--published",
      description = "Publication date (YYYY-MM-DD) for articles whose input gives none.")
  LocalDate published;

  @Option(names = "--max-mb", description = "Refuse input files larger than this (default 20).")
  double maxMb = 20;

  @Option(names = "--debug", description = "Print stack traces for failures.")
  boolean debug;

  int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  long maxBytes() {
    return (long) (maxMb * 1024 * 1024);
  }
}
