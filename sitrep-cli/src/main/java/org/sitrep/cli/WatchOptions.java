package org.sitrep.cli;

import java.time.Duration;
import java.util.Locale;
import org.sitrep.feeds.WatchSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options of the feed watcher, shared by {@code watch} and {@code serve --watch}. */
final class WatchOptions {
  @Option(
      names = "--every",
      description = "Poll the feeds this often: 30s, 15m, 1h (default: ${DEFAULT-VALUE}).",
      converter = DurationConverter.class,
      defaultValue = "15m")
  Duration every;

  @Option(
      names = "--delay",
      description =
          "Least time between two requests to one host (default: ${DEFAULT-VALUE}); a longer"
              + " Crawl-delay in its robots.txt wins.",
      converter = DurationConverter.class,
      defaultValue = "1s")
  Duration delay;

  @Option(
      names = "--timeout",
      description = "Give up a request after this long (default: ${DEFAULT-VALUE}).",
      converter = DurationConverter.class,
      defaultValue = "30s")
  Duration timeout;

  @Option(
      names = "--user-agent",
      description = "User-Agent to send (default: sitrep/VERSION (feed watcher; ...)).")
  String userAgent;

  @Option(names = "--max-feed-mb", description = "Refuse feeds larger than this (default 8).")
  double maxFeedMb = 8;

  WatchSettings settings(long maxPageBytes) {
    WatchSettings d = WatchSettings.defaults(Version.sitrep());
    return new WatchSettings(
        userAgent == null || userAgent.isBlank() ? d.userAgent() : userAgent,
        delay,
        timeout,
        (long) (maxFeedMb * 1024 * 1024),
        maxPageBytes,
        d.maxAttempts());
  }

  /** "500ms", "30s", "15m", "1h", "2d", or an ISO-8601 duration ("PT15M"). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      try {
        if (v.startsWith("p")) {
          return Duration.parse(v.toUpperCase(Locale.ROOT));
        }
        if (v.endsWith("ms")) {
          return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        long n = Long.parseLong(v.substring(0, v.length() - 1));
        return switch (v.charAt(v.length() - 1)) {
          case 's' -> Duration.ofSeconds(n);
          case 'm' -> Duration.ofMinutes(n);
          case 'h' -> Duration.ofHours(n);
          case 'd' -> Duration.ofDays(n);
          default -> throw new IllegalArgumentException();
        };
      } catch (RuntimeException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a duration (like 500ms, 30s, 15m, 1h)");
      }
    }
  }
}
