package org.sitrep.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches URLs as a well-behaved crawler: reads each host's robots.txt once (crawler-commons) and
 * keeps to it, waits the configured delay (or the host's longer Crawl-delay) between two requests
 * to one host, identifies itself with its User-Agent, follows at most {@value #MAX_REDIRECTS}
 * redirects (each checked against robots.txt, a loop refused), sends the validators of a previous
 * answer (conditional GET) and refuses bodies over a limit. Not thread-safe: one per watcher.
 */
public final class PoliteFetcher {
  static final int MAX_REDIRECTS = 5;

  /** A successful answer, or a 304 (then {@code notModified} and no body). */
  public record Page(
      URI url, int status, byte[] body, String contentType, String etag, String lastModified) {
    public boolean notModified() {
      return status == 304;
    }
  }

  private final WatchSettings settings;
  private final HttpClient client;
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

  /** robots.txt is read again after this long. */
  static final Duration ROBOTS_MAX_AGE = Duration.ofHours(1);

  private record Robots(BaseRobotRules rules, long readAt) {}

  private final Map<String, Robots> robots = new HashMap<>();
  private final Map<String, Long> lastRequest = new HashMap<>();

  public PoliteFetcher(WatchSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.timeout())
            .build();
  }

  /** GETs {@code url}; with validators, a 304 answer is a {@link Page#notModified()} page. */
  public Page get(URI url, long maxBytes, String etag, String lastModified) throws FetchException {
    Set<URI> visited = new LinkedHashSet<>();
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!visited.add(current)) {
        throw new FetchException("redirect loop (" + current + " again)", false);
      }
      BaseRobotRules rules = rules(current);
      if (!rules.isAllowed(current.toString())) {
        // a robots.txt that answered 5xx bars everything for now: worth another try later
        throw rules.isDeferVisits()
            ? new FetchException("robots.txt of " + current.getHost() + " could not be read", true)
            : new FetchException(
                "robots.txt of " + current.getHost() + " disallows " + current.getPath(), false);
      }
      HttpResponse<InputStream> r =
          send(current, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(r);
        Optional<String> location = r.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new FetchException("HTTP " + status + " without a Location", false);
        }
        current = current.resolve(location.get().strip());
        continue;
      }
      if (status == 304) {
        close(r);
        return new Page(current, 304, new byte[0], null, etag, lastModified);
      }
      if (status != 200) {
        close(r);
        throw new FetchException("HTTP " + status, status >= 500 || status == 429 || status == 408);
      }
      byte[] body = read(r, maxBytes);
      return new Page(
          current,
          status,
          body,
          r.headers().firstValue("Content-Type").orElse(null),
          r.headers().firstValue("ETag").orElse(null),
          r.headers().firstValue("Last-Modified").orElse(null));
    }
    throw new FetchException("more than " + MAX_REDIRECTS + " redirects", false);
  }

  private HttpResponse<InputStream> send(URI url, String etag, String lastModified)
      throws FetchException {
    waitForTurn(url);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(settings.timeout())
            .header("User-Agent", settings.userAgent())
            .header(
                "Accept",
                "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
            .GET();
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      b.header("If-Modified-Since", lastModified);
    }
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException("connection timed out after " + seconds(settings.timeout()), true);
    } catch (HttpTimeoutException e) {
      throw new FetchException("no answer within " + seconds(settings.timeout()), true);
    } catch (IOException e) {
      throw new FetchException("cannot connect: " + oneLine(e), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", true);
    } finally {
      lastRequest.put(hostKey(url), System.nanoTime());
    }
  }

  private static byte[] read(HttpResponse<InputStream> r, long maxBytes) throws FetchException {
    try (InputStream in = r.body()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new FetchException(
            String.format(Locale.ROOT, "larger than the limit of %.1f MB", maxBytes / 1048576.0),
            false);
      }
      return bytes;
    } catch (HttpTimeoutException e) {
      throw new FetchException("body not sent in time", true);
    } catch (IOException e) {
      throw new FetchException("body cut short: " + oneLine(e), true);
    }
  }

  private static void close(HttpResponse<InputStream> r) {
    try {
      r.body().close();
    } catch (IOException e) {
      // nothing to keep
    }
  }

  /** The robots.txt rules of the URL's host; reads robots.txt on first use, and hourly. */
  BaseRobotRules rules(URI url) throws FetchException {
    String key = hostKey(url);
    Robots known = robots.get(key);
    if (known == null || System.nanoTime() - known.readAt() > ROBOTS_MAX_AGE.toNanos()) {
      known = new Robots(fetchRobots(url), System.nanoTime());
      robots.put(key, known);
    }
    return known.rules();
  }

  private BaseRobotRules fetchRobots(URI url) throws FetchException {
    URI robotsUrl = url.resolve("/robots.txt");
    try {
      HttpResponse<InputStream> r = send(robotsUrl, null, null);
      int status = r.statusCode();
      if (status != 200) {
        close(r);
        // RFC 9309: a missing robots.txt allows all; a server error disallows all for now
        return robotsParser.failedFetch(status >= 300 && status < 400 ? 404 : status);
      }
      byte[] body = read(r, 512 * 1024);
      return robotsParser.parseContent(
          robotsUrl.toString(),
          body,
          r.headers().firstValue("Content-Type").orElse("text/plain"),
          List.of(settings.robotName().toLowerCase(Locale.ROOT)));
    } catch (FetchException e) {
      if (e.retry()) {
        throw new FetchException("robots.txt of " + url.getHost() + ": " + e.getMessage(), true);
      }
      return robotsParser.failedFetch(404);
    }
  }

  /** Sleeps until this host may be asked again. */
  private void waitForTurn(URI url) throws FetchException {
    Long last = lastRequest.get(hostKey(url));
    if (last == null) {
      return;
    }
    long delay = settings.delay().toNanos();
    Robots known = robots.get(hostKey(url));
    BaseRobotRules rules = known == null ? null : known.rules();
    if (rules != null && rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
      delay =
          Math.max(
              delay,
              Math.min(
                  Duration.ofMillis(rules.getCrawlDelay()).toNanos(),
                  WatchSettings.MAX_CRAWL_DELAY.toNanos()));
    }
    long wait = last + delay - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted", true);
      }
    }
  }

  private static String hostKey(URI url) {
    return url.getScheme() + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
