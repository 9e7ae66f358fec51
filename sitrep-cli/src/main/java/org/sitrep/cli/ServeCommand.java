package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Store store = create ? Store.open(db) : Store.openExisting(db);
    String token = System.getenv("SITREP_TOKEN");
    SitrepServer server =
        new SitrepServer(
                store,
                () -> Application.ingester(store, threads),
                token,
                () -> org.sitrep.geo.MapLabels.of(org.sitrep.geo.Gazetteer.load()))
            .start(host, port);
    var err = spec.commandLine().getErr();
    err.printf(
        "sitrep: serving %s on http://%s:%d/ (API: /api, OpenAPI: /api/openapi.json; writes %s)%n",
        db,
        host,
        server.port(),
        token == null || token.isBlank() ? "disabled: SITREP_TOKEN is not set" : "need the token");
    err.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  stop.countDown();
                },
                "sitrep-shutdown"));
    stop.await();
    return 0;
  }
}
