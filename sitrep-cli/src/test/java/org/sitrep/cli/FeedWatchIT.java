package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.feeds.FeedWatcher;
import org.sitrep.feeds.FeedWatcher.FeedReport;
import org.sitrep.feeds.WatchSettings;
import org.sitrep.feeds.WatchState;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;

/**
 * Issue 13's watcher criteria, against a local HTTP server the test starts ({@link FeedServer}) and
 * the real pipeline: three polls of a changing feed ingest each new article exactly once
 * (conditional GET gives a 304 the third time; a tracking-parameter copy and a same-text copy are
 * recognised); robots.txt is kept, the User-Agent sent, requests to the host spaced; a 500, a slow
 * host, a redirect loop, an HTML page and an enormous feed each cost one line and not the others;
 * and a watcher killed with SIGKILL mid-poll, then started again, loses and duplicates nothing.
 */
class FeedWatchIT {
  @TempDir Path dir;

  static final Duration DELAY = Duration.ofMillis(150);

  private static WatchSettings settings() {
    return new WatchSettings(
        "sitrep/test (feed watcher; evidence-linked event data)",
        DELAY,
        Duration.ofSeconds(1),
        1024 * 1024,
        2 * 1024 * 1024,
        3);
  }

  @Test
  void threePollsOfAChangingFeedIngestEachNewArticleOnceAndBadFeedsCostOneLineEach()
      throws Exception {
    try (FeedServer server = new FeedServer();
        Store store = Store.open(dir.resolve("w.duckdb"));
        WatchState state = new WatchState(store, Clock.systemUTC());
        Ingester ingester = Application.ingester(store, SharedPipeline.get(), 1)) {
      FeedWatcher watcher = new FeedWatcher(settings(), state, ingester);
      List<String> feeds =
          List.of(
              server.url("/broken/feed.xml"),
              server.url("/slow/feed.xml"),
              server.url("/loop/a"),
              server.url("/html/feed.xml"),
              server.url("/huge/feed.xml"),
              server.url("/feed.xml"));
      List<String> lines = new ArrayList<>();

      // poll 1: two articles, one of them again with tracking parameters, one page robots.txt bars
      server.items =
          List.of(
              new FeedServer.Item("/news/1.html", 1),
              new FeedServer.Item("/news/2.html", 2),
              new FeedServer.Item("/news/1.html?utm_source=rss&utm_medium=feed#top", 1),
              new FeedServer.Item("/private/9.html", 9));
      List<FeedReport> first = watcher.poll(feeds, lines::add);
      Map<String, FeedReport> byFeed = byFeed(first);
      assertThat(byFeed.get(server.url("/broken/feed.xml")).status())
          .isEqualTo("feed HTTP 500; will try again");
      assertThat(byFeed.get(server.url("/slow/feed.xml")).status())
          .isEqualTo("feed no answer within 1 s; will try again");
      assertThat(byFeed.get(server.url("/loop/a")).status()).startsWith("feed redirect loop");
      assertThat(byFeed.get(server.url("/html/feed.xml")).status())
          .isEqualTo("not an RSS or Atom feed: an HTML page");
      assertThat(byFeed.get(server.url("/huge/feed.xml")).status())
          .isEqualTo("feed larger than the limit of 1.0 MB");
      FeedReport good = byFeed.get(server.url("/feed.xml"));
      assertThat(good.ok()).isTrue();
      assertThat(good.stored()).isEqualTo(2);
      assertThat(good.failed()).isEqualTo(1); // the page robots.txt disallows
      assertThat(lines).anyMatch(l -> l.contains("/private/9.html") && l.contains("robots.txt"));
      assertThat(first).allSatisfy(r -> assertThat(r.line()).doesNotContain("\n"));

      // poll 2: the feed gained two items, and one whose page repeats an article's text
      server.items =
          List.of(
              new FeedServer.Item("/news/1.html", 1),
              new FeedServer.Item("/news/2.html", 2),
              new FeedServer.Item("/news/3.html", 3),
              new FeedServer.Item("/news/4.html", 4),
              new FeedServer.Item("/copy/2.html", 2),
              new FeedServer.Item("/private/9.html", 9));
      FeedReport second =
          byFeed(watcher.poll(List.of(server.url("/feed.xml")), lines::add))
              .get(server.url("/feed.xml"));
      assertThat(second.fresh()).isEqualTo(3);
      assertThat(second.stored()).isEqualTo(2);
      assertThat(second.duplicates()).isEqualTo(1);

      // poll 3: unchanged, so the server answers the conditional GET with 304
      FeedReport third =
          byFeed(watcher.poll(List.of(server.url("/feed.xml")), lines::add))
              .get(server.url("/feed.xml"));
      assertThat(third.status()).isEqualTo("not modified");
      // (the slow host of poll 1 may still be answering: only this feed's own requests count)
      assertThat(server.hitsMatching(h -> h.path() + " " + h.status()))
          .filteredOn(h -> h.startsWith("/feed.xml "))
          .last()
          .isEqualTo("/feed.xml 304");

      assertThat(sources(store))
          .containsExactlyInAnyOrder(
              server.url("/news/1.html"),
              server.url("/news/2.html"),
              server.url("/news/3.html"),
              server.url("/news/4.html"));
      for (int page = 1; page <= 4; page++) {
        assertThat(server.count("/news/" + page + ".html"))
            .as("page %d fetched", page)
            .isEqualTo(1);
      }
      assertThat(server.count("/private/9.html")).isZero();
      assertThat(server.count("/robots.txt")).isEqualTo(1);
      assertThat(server.hitsMatching(FeedServer.Hit::userAgent))
          .allMatch(ua -> ua.startsWith("sitrep/"));
      List<Long> times = server.hitsMatching(FeedServer.Hit::nanos);
      // requests to the one host are spaced by the delay (the server records when each arrived)
      long closest = Long.MAX_VALUE;
      List<Long> sorted = times.stream().sorted().toList();
      for (int i = 1; i < sorted.size(); i++) {
        closest = Math.min(closest, sorted.get(i) - sorted.get(i - 1));
      }
      assertThat(Duration.ofNanos(closest)).isGreaterThan(DELAY.dividedBy(2));
    }
  }

  @Test
  void aWatcherKilledMidPollAndStartedAgainLosesAndDuplicatesNothing() throws Exception {
    Path db = dir.resolve("k.duckdb");
    try (FeedServer server = new FeedServer()) {
      List<FeedServer.Item> items = new ArrayList<>();
      for (int page = 11; page <= 16; page++) {
        items.add(new FeedServer.Item("/news/" + page + ".html", page));
      }
      server.items = items;
      server.holdPage = 14; // the fourth page's request waits: the child is killed meanwhile

      List<String> cmd =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx3g",
              "-cp",
              System.getProperty("java.class.path"),
              Main.class.getName(),
              "watch",
              server.url("/feed.xml"),
              "--once",
              "--db",
              db.toString(),
              "--delay",
              "0ms");
      Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      StringBuilder out = new StringBuilder();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    synchronized (out) {
                      out.append(line).append('\n');
                    }
                  }
                } catch (java.io.IOException e) {
                  // killed
                }
              },
              "watch-child-reader");
      reader.setDaemon(true);
      reader.start();
      assertThat(server.held.await(5, TimeUnit.MINUTES))
          .as("child reached page 14: %s", out)
          .isTrue();
      child.destroyForcibly(); // SIGKILL, mid-poll
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(child.exitValue()).isEqualTo(137);
      server.holdPage = -1;

      int storedBeforeRestart;
      try (Store store = Store.open(db)) {
        storedBeforeRestart = sources(store).size();
      }
      assertThat(storedBeforeRestart).isEqualTo(3);

      try (Store store = Store.open(db);
          WatchState state = new WatchState(store, Clock.systemUTC());
          Ingester ingester = Application.ingester(store, SharedPipeline.get(), 1)) {
        FeedReport again =
            new FeedWatcher(settings(), state, ingester)
                .poll(List.of(server.url("/feed.xml")), l -> {})
                .get(0);
        assertThat(again.stored()).isEqualTo(3);
        List<String> expected = new ArrayList<>();
        for (int page = 11; page <= 16; page++) {
          expected.add(server.url("/news/" + page + ".html"));
        }
        assertThat(sources(store)).containsExactlyInAnyOrderElementsOf(expected);
        // a further poll is a 304 and adds nothing
        FeedReport last =
            new FeedWatcher(settings(), state, ingester)
                .poll(List.of(server.url("/feed.xml")), l -> {})
                .get(0);
        assertThat(last.status()).isEqualTo("not modified");
        assertThat(sources(store)).hasSize(6);
      }
      for (int page = 11; page <= 16; page++) {
        assertThat(server.count("/news/" + page + ".html")).isEqualTo(page == 14 ? 2 : 1);
      }
    }
  }

  private static Map<String, FeedReport> byFeed(List<FeedReport> reports) {
    Map<String, FeedReport> m = new java.util.HashMap<>();
    reports.forEach(r -> m.put(r.feed(), r));
    return m;
  }

  private static List<String> sources(Store store) throws Exception {
    List<String> out = new ArrayList<>();
    try (var c = store.connection();
        var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT source FROM articles ORDER BY source")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
