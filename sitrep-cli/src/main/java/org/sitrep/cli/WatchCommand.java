package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.feeds.FeedList;
import org.sitrep.feeds.FeedWatcher;
import org.sitrep.feeds.WatchState;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep watch}: poll RSS/Atom feeds and ingest each new item's page. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Poll RSS or Atom feeds, fetch each new item's page and ingest it into a DuckDB store.",
      "Honours robots.txt, waits between requests to one host, uses conditional GET; items are",
      "deduplicated by canonical URL and content hash, and the state is kept in the store, so a",
      "killed watcher restarts where it stopped. --once polls once and exits (for cron)."
    })
final class WatchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs or OPML files.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("sitrep.duckdb");

  @Option(names = "--once", description = "Poll once and exit.")
  boolean once;

  @Mixin WatchOptions watch = new WatchOptions();

  @Option(names = "--max-mb", description = "Refuse pages larger than this (default 20).")
  double maxMb = 20;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<String> urls;
    try {
      urls = FeedList.expand(feeds);
    } catch (IllegalArgumentException e) {
      err.println("sitrep: " + e.getMessage());
      return 2;
    }
    try (Store store = Store.open(db);
        WatchState state = new WatchState(store, Clock.systemUTC());
        Ingester ingester = Application.ingester(store, 1)) {
      FeedWatcher watcher =
          new FeedWatcher(watch.settings((long) (maxMb * 1024 * 1024)), state, ingester);
      err.printf("sitrep: watching %d feed(s) into %s%n", urls.size(), db);
      err.flush();
      if (!once) {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt, "sitrep-watch-shutdown"));
        watcher.watch(urls, watch.every, line -> say(err, line));
        return 0;
      }
      boolean allOk = true;
      for (FeedWatcher.FeedReport r : watcher.poll(urls, line -> say(err, line))) {
        say(err, r.line());
        allOk &= r.ok();
      }
      return allOk ? 0 : 3;
    }
  }

  private static void say(PrintWriter err, String line) {
    err.println("sitrep: " + line);
    err.flush();
  }
}
