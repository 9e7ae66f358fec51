package org.sitrep.server;

import java.nio.file.Path;
import org.sitrep.model.Analysis;
import org.sitrep.store.ArticleWriter;
import org.sitrep.store.Ingester;
import org.sitrep.store.Provenance;
import org.sitrep.store.Store;
import org.sitrep.store.StubAnalyzer;
import org.sitrep.store.SyntheticCorpus;

/** A real server on a free loopback port over a temporary store of synthetic events. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789";
  static final Provenance PROV = new Provenance("test", "cafe123", "stub annotator", "stub gazetteer");

  final Store store;
  final SitrepServer server;
  final String base;

  TestServer(Path dir, int articles) {
    store = Store.open(dir.resolve("t.duckdb"));
    try (ArticleWriter w = new ArticleWriter(store)) {
      for (Analysis a : SyntheticCorpus.analyses(11, articles, 3)) {
        w.save(a, "synthetic", PROV);
      }
    }
    server =
        new SitrepServer(store, () -> new Ingester(store, new StubAnalyzer(0), PROV, 1), TOKEN)
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
