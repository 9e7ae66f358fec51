package org.sitrep.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.PageDecoder;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.store.Ingester;

/**
 * One poll of a list of feeds: for each feed, a conditional GET, then every item not seen before
 * (by canonical URL) has its page fetched and ingested. A feed that fails costs that feed, an item
 * that fails costs that item (it is tried again at the next poll, up to a limit). A feed's
 * validators are saved only once all its items are settled, so a watcher killed mid-poll sees the
 * same items again when it restarts, and the store's content hash keeps them from being stored
 * twice.
 */
public final class FeedWatcher {
  /** What one feed's poll came to. */
  public record FeedReport(
      String feed, String status, int items, int fresh, int stored, int duplicates, int failed) {
    static FeedReport failed(String feed, String status) {
      return new FeedReport(feed, status, 0, 0, 0, 0, 0);
    }

    public boolean ok() {
      return status.equals("ok") || status.equals("not modified");
    }

    /** One line for the user. */
    public String line() {
      if (!ok()) {
        return feed + ": " + status;
      }
      if (status.equals("not modified")) {
        return feed + ": not modified since the last poll";
      }
      return String.format(
          Locale.ROOT,
          "%s: %d item(s), %d new: %d stored, %d already there, %d failed",
          feed,
          items,
          fresh,
          stored,
          duplicates,
          failed);
    }
  }

  private final PoliteFetcher fetcher;
  private final WatchState state;
  private final Ingester ingester;
  private final WatchSettings settings;

  public FeedWatcher(WatchSettings settings, WatchState state, Ingester ingester) {
    this.settings = settings;
    this.fetcher = new PoliteFetcher(settings);
    this.state = state;
    this.ingester = ingester;
  }

  /**
   * Polls the feeds every {@code every} until the thread is interrupted, telling {@code out} one
   * line per feed and per failed item.
   */
  public void watch(List<String> feeds, java.time.Duration every, Consumer<String> out) {
    while (!Thread.currentThread().isInterrupted()) {
      long start = System.nanoTime();
      for (FeedReport r : poll(feeds, out)) {
        out.accept(r.line());
      }
      long left = every.toNanos() - (System.nanoTime() - start);
      if (left > 0) {
        try {
          Thread.sleep(left / 1_000_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** Polls every feed once, in order; {@code onItem} hears one line per item that failed. */
  public List<FeedReport> poll(List<String> feeds, Consumer<String> onItem) {
    List<FeedReport> reports = new ArrayList<>();
    for (String feed : feeds) {
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      Polled p = pollOne(feed, onItem);
      FeedReport r = p.report();
      state.polled(
          feed, p.validators(), r.ok() ? r.line().substring(feed.length() + 2) : r.status());
      reports.add(r);
    }
    return reports;
  }

  /**
   * A poll's report and the validators to save: null unless every item is settled, so that an item
   * to be tried again is in the next answer (a 200, not a 304).
   */
  private record Polled(FeedReport report, WatchState.Validators validators) {
    Polled(FeedReport report) {
      this(report, null);
    }
  }

  private Polled pollOne(String feed, Consumer<String> onItem) {
    URI url;
    try {
      url = URI.create(CanonicalUrl.of(null, feed));
    } catch (IllegalArgumentException e) {
      return new Polled(FeedReport.failed(feed, e.getMessage()));
    }
    Optional<WatchState.Validators> known = state.validators(feed);
    PoliteFetcher.Page page;
    try {
      page =
          fetcher.get(
              url,
              settings.maxFeedBytes(),
              known.map(WatchState.Validators::etag).orElse(null),
              known.map(WatchState.Validators::lastModified).orElse(null));
    } catch (FetchException e) {
      return new Polled(
          FeedReport.failed(
              feed, "feed " + e.getMessage() + (e.retry() ? "; will try again" : "")));
    }
    if (page.notModified()) {
      return new Polled(new FeedReport(feed, "not modified", 0, 0, 0, 0, 0), known.orElse(null));
    }
    SyndFeed parsed;
    try {
      parsed = parse(page);
    } catch (FetchException e) {
      return new Polled(FeedReport.failed(feed, e.getMessage()));
    }
    List<SyndEntry> entries = new ArrayList<>(parsed.getEntries());
    java.util.Collections.reverse(entries); // feeds list the newest first; store the oldest first
    int fresh = 0;
    int stored = 0;
    int duplicates = 0;
    int failed = 0;
    boolean unsettled = false;
    for (SyndEntry entry : entries) {
      if (Thread.currentThread().isInterrupted()) {
        return new Polled(FeedReport.failed(feed, "interrupted"));
      }
      String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
      String key;
      try {
        key = CanonicalUrl.of(page.url().toString(), link);
      } catch (IllegalArgumentException e) {
        failed++;
        onItem.accept(feed + ": item \"" + entry.getTitle() + "\": " + e.getMessage());
        continue;
      }
      Optional<WatchState.Item> seen = state.item(key);
      if (seen.isPresent() && seen.get().settled(settings.maxAttempts())) {
        continue;
      }
      fresh++;
      String outcome = fetchAndIngest(feed, key, entry, onItem);
      switch (outcome) {
        case "stored" -> stored++;
        case "duplicate" -> duplicates++;
        default -> {
          failed++;
          unsettled |= !state.item(key).map(i -> i.settled(settings.maxAttempts())).orElse(false);
        }
      }
    }
    return new Polled(
        new FeedReport(feed, "ok", entries.size(), fresh, stored, duplicates, failed),
        unsettled ? null : new WatchState.Validators(page.etag(), page.lastModified()));
  }

  private SyndFeed parse(PoliteFetcher.Page page) throws FetchException {
    String head =
        new String(page.body(), 0, Math.min(page.body().length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      throw new FetchException("not an RSS or Atom feed: an HTML page", false);
    }
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      return input.build(new XmlReader(new ByteArrayInputStream(page.body())));
    } catch (FeedException | IllegalArgumentException e) {
      throw new FetchException("not an RSS or Atom feed: " + PoliteFetcher.oneLine(e), false);
    } catch (IOException e) {
      throw new FetchException("cannot read the feed: " + PoliteFetcher.oneLine(e), false);
    }
  }

  /** Fetches an item's page and ingests it; returns stored, duplicate or failed. */
  private String fetchAndIngest(String feed, String key, SyndEntry entry, Consumer<String> onItem) {
    PoliteFetcher.Page page;
    try {
      page = fetcher.get(URI.create(key), settings.maxPageBytes(), null, null);
    } catch (FetchException e) {
      return fail(feed, key, e.getMessage(), e.retry(), onItem);
    }
    String type = page.contentType();
    boolean html = type == null || PageDecoder.isHtml(type);
    if (!html && !PageDecoder.isText(type)) {
      return fail(feed, key, "not an HTML or text page (" + type + ")", false, onItem);
    }
    String body = PageDecoder.decode(page.body(), type);
    String canonical = html ? pageCanonical(body, page.url()) : null;
    if (canonical != null && !canonical.equals(key)) {
      Optional<WatchState.Item> seen = state.item(canonical);
      if (seen.isPresent() && seen.get().settled(settings.maxAttempts())) {
        state.settle(key, feed, "duplicate", null, "same page as " + canonical);
        return "duplicate";
      }
    }
    String source = canonical != null ? canonical : key;
    RawArticle article =
        new RawArticle(
            source,
            null,
            html ? SourceFormat.HTML : SourceFormat.TEXT,
            body,
            dateOf(entry),
            entry.getTitle() == null || entry.getTitle().isBlank()
                ? null
                : entry.getTitle().strip(),
            source);
    Ingester.Result r = ingester.ingestOne(article);
    String outcome;
    String sha = null;
    String reason = null;
    if (r instanceof Ingester.Result.Analysed a) {
      outcome = "stored";
      sha = a.analysis().document().sha256();
    } else if (r instanceof Ingester.Result.AlreadyStored s) {
      outcome = "duplicate";
      sha = s.sha256();
      reason = "same text as an article already stored";
    } else {
      Ingester.Result.Failed f = (Ingester.Result.Failed) r;
      onItem.accept(feed + ": " + source + ": " + f.reason());
      // analysis is deterministic: trying again would fail again
      state.settle(key, feed, "refused", null, f.reason());
      return "failed";
    }
    state.settle(key, feed, outcome, sha, reason);
    if (canonical != null && !canonical.equals(key)) {
      state.settle(canonical, feed, outcome, sha, "canonical URL of " + key);
    }
    return outcome;
  }

  private String fail(
      String feed, String key, String reason, boolean retry, Consumer<String> onItem) {
    onItem.accept(feed + ": " + key + ": " + reason + (retry ? "; will try again" : ""));
    state.settle(key, feed, retry ? "failed" : "refused", null, reason);
    return "failed";
  }

  private static String pageCanonical(String html, URI url) {
    Element link = Jsoup.parse(html, url.toString()).selectFirst("head link[rel=canonical][href]");
    if (link == null) {
      return null;
    }
    try {
      return CanonicalUrl.of(url.toString(), link.attr("href"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate dateOf(SyndEntry entry) {
    Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }
}
