package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.store.Ingester;
import org.sitrep.store.ParquetLoader;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
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
      "Analyse articles (text, HTML, JSON Lines, WARC, folders, or -) into a DuckDB store. Idempotent "
          + "by content hash; each article is committed on its own, so a killed run can simply be "
          + "started again. Failures are stored and listed at the end. The store is created when "
          + "missing; a missing input is refused before anything is created."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files (.txt, .html, .jsonl, .warc[.gz]), folders, or -.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("sitrep.duckdb");

  @Option(
      names = "--from-parquet",
      paramLabel = "DIR",
      description =
          "Load the output of `sitrep spark` (its Parquet tables) instead of analysing PATHs;"
              + " articles already stored are skipped.")
  Path fromParquet;

  @Mixin CommonOptions common = new CommonOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (fromParquet != null) {
      return loadParquet(err);
    }
    if (paths.isEmpty()) {
      err.println("sitrep: ingest needs a PATH, or --from-parquet DIR");
      return 2;
    }
    common.check();
    Inputs.requireExisting(paths); // a missing input creates no store and loads no model
    ArticleReader reader = new ArticleReader(common.maxBytes());
    List<InputItem> items = reader.readAll(paths, System.in);
    reader.warcCounts().forEach(c -> err.println("sitrep: " + c.summary()));
    List<InputItem> dated = new ArrayList<>(items.size());
    for (InputItem i : items) {
      dated.add(
          i instanceof InputItem.Read r && common.published != null
              ? new InputItem.Read(r.article().withPublishedIfMissing(common.published))
              : i);
    }
    ProgressBar bar = new ProgressBar(err);
    Ingester.Tally t;
    // the store opens first: one another process holds is refused in a line, before the models load
    try (Store store = Store.open(db)) {
      err.printf(Locale.ROOT, "sitrep: %d article(s) to ingest into %s%n", dated.size(), db);
      err.flush();
      t = ingest(store, dated, bar, err);
    }
    err.flush();
    return t.failures().isEmpty() ? 0 : (t.stored() + t.skipped() == 0 ? 1 : 3);
  }

  private Ingester.Tally ingest(
      Store store, List<InputItem> dated, ProgressBar bar, PrintWriter err) {
    Ingester.Tally t;
    try (Ingester ingester =
        Application.ingester(
            store, Application.pipeline().withTimeBudget(common.budget()), common.threads())) {
      bar.start();
      try {
        t = ingester.run(dated, bar::update);
      } finally {
        bar.finish(); // an error then starts a line of its own
      }
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
    return t;
  }

  private int loadParquet(PrintWriter err) {
    if (!paths.isEmpty()) {
      err.println("sitrep: give PATHs or --from-parquet, not both");
      return 2;
    }
    try (Store store = Store.open(db)) {
      Map<String, Long> added = new ParquetLoader(store).load(fromParquet);
      err.printf(
          Locale.ROOT,
          "sitrep: loaded %s into %s: added %s; store: %s%n",
          fromParquet,
          db,
          added,
          store.rowCounts());
    } catch (StoreException e) {
      err.println("sitrep: " + Main.oneLine(e));
      return 1;
    }
    err.flush();
    return 0;
  }
}
