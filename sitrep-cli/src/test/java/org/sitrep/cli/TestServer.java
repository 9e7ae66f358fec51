package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.model.Analysis;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.ArticleWriter;
import org.sitrep.store.Provenance;
import org.sitrep.store.Store;
import org.sitrep.store.SyntheticCorpus;

/**
 * A real server on a free loopback port over a temporary store. Articles POSTed to it are analysed
 * by the real pipeline, as {@code sitrep serve} does; a test may also fill the store with
 * hand-built fixture records ({@link SyntheticCorpus}) for filters that need many events.
 */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789";

  /** Provenance of the hand-built fixture records: they were not made by any annotator. */
  static final Provenance FIXTURE =
      new Provenance(
          "test", "cafe123", "fixture records (no annotator)", "fixture records (no gazetteer)");

  final Store store;
  final SitrepServer server;
  final String base;

  TestServer(Path dir, int fixtureArticles) {
    store = Store.open(dir.resolve("t.duckdb"));
    if (fixtureArticles > 0) {
      try (ArticleWriter w = new ArticleWriter(store)) {
        for (Analysis a : SyntheticCorpus.analyses(11, fixtureArticles, 3)) {
          w.save(a, "synthetic", FIXTURE);
        }
      }
    }
    server =
        new SitrepServer(
                store,
                () -> Application.ingester(store, SharedPipeline.get(), 1),
                TOKEN,
                () -> org.sitrep.geo.MapLabels.of(org.sitrep.geo.Gazetteer.load()))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
