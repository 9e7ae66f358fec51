package org.sitrep.feeds;

import java.time.Duration;

/**
 * How the watcher behaves towards the sites it reads.
 *
 * @param userAgent sent with every request, and matched against robots.txt groups
 * @param delay the least time between two requests to one host (a longer Crawl-delay wins)
 * @param timeout for one request, connection included
 * @param maxFeedBytes a larger feed is refused
 * @param maxPageBytes a larger page is refused
 * @param maxAttempts an item whose page failed this many times is given up
 */
public record WatchSettings(
    String userAgent,
    Duration delay,
    Duration timeout,
    long maxFeedBytes,
    long maxPageBytes,
    int maxAttempts) {
  /** The longest Crawl-delay honoured; a site asking for more is read this often. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  public static WatchSettings defaults(String version) {
    return new WatchSettings(
        "sitrep/" + version + " (feed watcher; evidence-linked event data)",
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        8L * 1024 * 1024,
        20L * 1024 * 1024,
        3);
  }

  /** The product token robots.txt groups are matched against: "sitrep". */
  public String robotName() {
    int slash = userAgent.indexOf('/');
    return (slash < 0 ? userAgent : userAgent.substring(0, slash)).strip();
  }
}
