package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: analyse articles and store them, skipping texts already stored. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles (text, HTML, JSON Lines, folders, or -) into a DuckDB store.",
      "Idempotent by content hash; each article is committed on its own, so a killed run can",
      "simply be started again. Failures are stored and listed at the end."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or -.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("sitrep.duckdb");

  @Mixin CommonOptions common = new CommonOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<InputItem> items = new ArticleReader(common.maxBytes()).readAll(paths, System.in);
    List<InputItem> dated = new ArrayList<>(items.size());
    for (InputItem i : items) {
      dated.add(
          i instanceof InputItem.Read r && common.published != null
              ? new InputItem.Read(r.article().withPublishedIfMissing(common.published))
              : i);
    }
    err.printf(Locale.ROOT, "sitrep: %d article(s) to ingest into %s%n", dated.size(), db);
    err.flush();
    ProgressBar bar = new ProgressBar(err);
    Ingester.Tally t;
    try (Store store = Store.open(db);
        Ingester ingester = Application.ingester(store, common.threads())) {
      bar.start();
      t = ingester.run(dated, bar::update);
      bar.finish();
      err.printf(
          Locale.ROOT,
          "sitrep: %d stored, %d already there, %d failed in %s (%.2f articles/s); store: %s%n",
          t.stored(),
          t.skipped(),
          t.failures().size(),
          ProgressBar.duration(bar.elapsedSeconds()),
          dated.size() / Math.max(1e-9, bar.elapsedSeconds()),
          store.rowCounts());
      err.printf(
          Locale.ROOT,
          "sitrep: linking events into incidents took %.2f s (%.1f %% of the ingest)%n",
          ingester.linkingSeconds(),
          100 * ingester.linkingSeconds() / Math.max(1e-9, bar.elapsedSeconds()));
      if (!t.failures().isEmpty()) {
        err.println("sitrep: failures (also in the store's failures table):");
        for (Store.Failure f : t.failures()) {
          err.println("  " + f.origin() + ": " + f.reason());
        }
      }
    }
    err.flush();
    return t.failures().isEmpty() ? 0 : (t.stored() + t.skipped() == 0 ? 1 : 3);
  }
}
