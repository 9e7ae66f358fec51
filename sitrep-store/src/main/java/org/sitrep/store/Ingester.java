package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.InputItem;
import org.sitrep.link.IncidentLinker;
import org.sitrep.model.Analysis;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.LayerFailure;
import org.sitrep.model.RawArticle;
import org.sitrep.pipeline.BudgetExceededException;
import org.sitrep.pipeline.OrderedWorkers;

/**
 * Ingests a batch into the store: cleans each article, skips texts already stored (by sha256)
 * before any analysis, analyses the rest on a worker pool, and commits each article in its own
 * transaction, in input order. Failures are recorded in the store and never stop the batch.
 */
public final class Ingester implements AutoCloseable {
  /** The analysis stages after cleaning; the CLI passes {@code pipeline::analyze}. */
  @FunctionalInterface
  public interface Analyzer {
    Analysis analyze(CleanDocument document);
  }

  /** Told after every item. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total, Tally tally);
  }

  /** What became of a batch so far. */
  public static final class Tally {
    private int stored;
    private int skipped;
    private final List<Store.Failure> failures = new ArrayList<>();

    public int stored() {
      return stored;
    }

    public int skipped() {
      return skipped;
    }

    public List<Store.Failure> failures() {
      return failures;
    }
  }

  private final Store store;
  private final Analyzer analyzer;
  private final Provenance provenance;
  private final int threads;
  private final Cleaner cleaner = new Cleaner();
  private final IncidentLinker linker;

  public Ingester(Store store, Analyzer analyzer, Provenance provenance, int threads) {
    this.store = store;
    this.analyzer = analyzer;
    this.provenance = provenance;
    this.threads = threads;
    this.linker = new IncidentLinker(store);
  }

  /** Seconds spent linking events into incidents so far (part of the ingest time). */
  public double linkingSeconds() {
    return linker.seconds();
  }

  /** Ingests every item; returns what became of them. */
  public Tally run(List<InputItem> items, Progress progress) {
    Tally tally = new Tally();
    Set<String> seen = new HashSet<>();
    int[] done = {0};
    linker.linkPending(); // events a killed run stored but did not link
    try (ArticleWriter writer = new ArticleWriter(store);
        OrderedWorkers<InputItem, Result> workers =
            new OrderedWorkers<>("sitrep-ingest", threads, this::prepare)) {
      Consumer<Result> sink =
          r -> {
            commit(r, writer, tally, seen);
            progress.update(++done[0], items.size(), tally);
          };
      for (InputItem item : items) {
        workers.submit(item, sink);
      }
      workers.drain(sink);
    } finally {
      linker.flush();
    }
    return tally;
  }

  /** Ingests one article (the API's POST); returns the stored (or already present) analysis. */
  public Result ingestOne(RawArticle article) {
    Result r = prepare(new InputItem.Read(article));
    try (ArticleWriter writer = new ArticleWriter(store)) {
      if (r instanceof Result.Analysed a) {
        if (writer.save(a.analysis(), a.origin(), provenance, linker::linkStored)) {
          for (LayerFailure lf : a.analysis().failures()) {
            writer.saveFailure(a.origin(), a.analysis().document().id(), lf.message());
          }
        }
        linker.flush();
      } else if (r instanceof Result.Failed f) {
        writer.saveFailure(f.origin(), f.id(), f.reason());
      }
    }
    return r;
  }

  /** What one item came to before it is written. */
  public sealed interface Result {
    String origin();

    record Analysed(String origin, Analysis analysis) implements Result {}

    record AlreadyStored(String origin, String sha256) implements Result {}

    record Failed(String origin, String id, String reason) implements Result {}
  }

  private Result prepare(InputItem item) {
    if (item instanceof InputItem.Failed f) {
      return new Result.Failed(f.origin(), f.id(), f.reason());
    }
    RawArticle raw = ((InputItem.Read) item).article();
    String id = raw.id() != null ? raw.id() : raw.origin();
    try {
      CleanDocument clean = cleaner.clean(raw);
      if (store.hasArticle(clean.sha256())) {
        return new Result.AlreadyStored(raw.origin(), clean.sha256());
      }
      return new Result.Analysed(raw.origin(), analyzer.analyze(clean));
    } catch (InputException e) {
      return new Result.Failed(raw.origin(), id, e.reason());
    } catch (BudgetExceededException e) {
      return new Result.Failed(raw.origin(), id, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Result.Failed(
          raw.origin(),
          id,
          "analysis failed: "
              + e.getClass().getSimpleName()
              + ": "
              + OrderedWorkers.firstLine(e.getMessage()));
    }
  }

  private void commit(Result r, ArticleWriter writer, Tally tally, Set<String> seen) {
    if (r instanceof Result.Analysed a) {
      String sha = a.analysis().document().sha256();
      if (seen.add(sha) && writer.save(a.analysis(), a.origin(), provenance, linker::linkStored)) {
        tally.stored++;
        String id = a.analysis().document().id();
        for (LayerFailure lf : a.analysis().failures()) {
          writer.saveFailure(a.origin(), id, lf.message());
          tally.failures.add(new Store.Failure(a.origin(), id, lf.message()));
        }
      } else {
        tally.skipped++;
      }
    } else if (r instanceof Result.AlreadyStored) {
      tally.skipped++;
    } else {
      Result.Failed f = (Result.Failed) r;
      writer.saveFailure(f.origin(), f.id(), f.reason());
      tally.failures.add(new Store.Failure(f.origin(), f.id(), f.reason()));
    }
  }

  @Override
  public void close() {
    // the worker pool lives only as long as one run
  }
}
