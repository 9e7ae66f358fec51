package org.sitrep.cli;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.feeds.FeedList;
import org.sitrep.feeds.FeedWatcher;
import org.sitrep.feeds.WatchState;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the API and the web app over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the REST API (/api, described at /api/openapi.json) and the web app over a store. "
          + "POST /api/articles needs the token in the environment variable SITREP_TOKEN; without it, "
          + "writes are refused. Binds to 127.0.0.1 unless --host says otherwise."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("sitrep.duckdb");

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--threads", description = "Analysis threads for POSTed articles (default 1).")
  int threads = 1;

  @Option(
      names = "--create",
      description = "Create an empty store when --db names none (else a missing store is refused).")
  boolean create;

  @Option(
      names = "--watch",
      arity = "1..*",
      paramLabel = "FEED",
      description =
          "Feed URLs or OPML files to watch inside the server (see `sitrep watch`), so one"
              + " process writes the store and serves it.")
  List<String> feeds = new ArrayList<>();

  @Mixin WatchOptions watch = new WatchOptions();

  @Option(
      names = "--max-seconds",
      description =
          "Time budget of one POSTed article (default 120): past it, the request fails and the"
              + " worker is freed.")
  double maxSeconds = Pipeline.DEFAULT_BUDGET.toSeconds();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be 1 or more, not " + threads);
    }
    if (!(maxSeconds > 0) || Double.isInfinite(maxSeconds)) {
      throw new IllegalArgumentException("--max-seconds must be a positive number of seconds");
    }
    checkLocal(host);
    Duration budget = Duration.ofMillis((long) Math.max(1, Math.min(maxSeconds * 1000, 1e12)));
    List<String> urls;
    try {
      urls = FeedList.expand(feeds);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("sitrep: " + e.getMessage());
      return 2;
    }
    Store store = create ? Store.open(db) : Store.openExisting(db);
    String token = System.getenv("SITREP_TOKEN");
    SitrepServer server;
    try {
      server =
          new SitrepServer(
                  store,
                  () ->
                      Application.ingester(
                          store, Application.pipeline().withTimeBudget(budget), threads),
                  token,
                  () -> org.sitrep.geo.MapLabels.of(org.sitrep.geo.Gazetteer.load()))
              .start(host, port);
    } catch (RuntimeException e) {
      store.close();
      throw new IllegalStateException(
          "cannot listen on " + host + ":" + port + ": " + bindFailure(e), e);
    }
    var err = spec.commandLine().getErr();
    err.printf(
        "sitrep: serving %s on http://%s:%d/ (API: /api, OpenAPI: /api/openapi.json; writes %s)%n",
        db,
        host,
        server.port(),
        token == null || token.isBlank() ? "disabled: SITREP_TOKEN is not set" : "need the token");
    err.flush();
    Thread watcher = urls.isEmpty() ? null : startWatcher(store, urls, err);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (watcher != null) {
                    watcher.interrupt();
                    try {
                      watcher.join(10_000);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                  server.close();
                  store.close();
                  stop.countDown();
                },
                "sitrep-shutdown"));
    stop.await();
    return 0;
  }

  /** The watcher, on its own thread, writing into the store the server reads. */
  private Thread startWatcher(Store store, List<String> urls, java.io.PrintWriter err) {
    Thread t =
        new Thread(
            () -> {
              try (WatchState state = new WatchState(store, Clock.systemUTC());
                  Ingester ingester = Application.ingester(store, 1)) {
                err.printf("sitrep: watching %d feed(s) every %s%n", urls.size(), watch.every);
                err.flush();
                new FeedWatcher(watch.settings(20L * 1024 * 1024), state, ingester)
                    .watch(
                        urls,
                        watch.every,
                        line -> {
                          err.println("sitrep: watch: " + line);
                          err.flush();
                        });
              } catch (RuntimeException e) {
                err.println("sitrep: the watcher stopped: " + Main.oneLine(e));
                err.flush();
              }
            },
            "sitrep-watch");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Refuses an address this machine does not have, before Jetty reports it as "in use". */
  static void checkLocal(String host) {
    InetAddress a;
    try {
      a = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--host " + host + " is not a known host name");
    }
    try {
      if (!a.isAnyLocalAddress()
          && !a.isLoopbackAddress()
          && NetworkInterface.getByInetAddress(a) == null) {
        throw new IllegalArgumentException(
            "--host " + host + " is not an address of this machine (try 127.0.0.1 or 0.0.0.0)");
      }
    } catch (SocketException e) {
      throw new IllegalArgumentException("cannot list this machine's addresses: " + e.getMessage());
    }
  }

  /** Why binding failed, in words: the port is taken, or not ours to take. */
  private static String bindFailure(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof java.net.BindException b) {
        String m = b.getMessage() == null ? "" : b.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("permission")) {
          return "permission denied (ports below 1024 need privileges)";
        }
        if (m.contains("assign")) {
          return "the address is not one of this machine's";
        }
        return "the port is already in use";
      }
    }
    return Main.oneLine(e);
  }
}
