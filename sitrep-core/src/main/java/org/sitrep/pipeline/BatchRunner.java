package org.sitrep.pipeline;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.RawArticle;

/**
 * Runs the pipeline over a batch on a pool of worker threads and hands every outcome to a sink in
 * input order. One bad article yields a {@link Outcome.Failed}; the batch goes on.
 */
public final class BatchRunner implements AutoCloseable {
  private final Pipeline pipeline;
  private final int threads;

  public BatchRunner(Pipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /** Reads the paths, analyses every article, and calls {@code sink} in input order. */
  public void run(
      ArticleReader reader,
      List<String> paths,
      InputStream stdin,
      LocalDate publishedFallback,
      Consumer<Outcome> sink) {
    try (OrderedWorkers<InputItem, Outcome> workers =
        new OrderedWorkers<>("sitrep-worker", threads, item -> process(item, publishedFallback))) {
      reader.read(paths, stdin, item -> workers.submit(item, sink));
      workers.drain(sink);
    }
  }

  /** Analyses items already read, calling {@code sink} in input order. */
  public void run(List<InputItem> items, LocalDate publishedFallback, Consumer<Outcome> sink) {
    try (OrderedWorkers<InputItem, Outcome> workers =
        new OrderedWorkers<>("sitrep-worker", threads, item -> process(item, publishedFallback))) {
      for (InputItem item : items) {
        workers.submit(item, sink);
      }
      workers.drain(sink);
    }
  }

  private Outcome process(InputItem item, LocalDate publishedFallback) {
    if (item instanceof InputItem.Failed f) {
      return new Outcome.Failed(f.origin(), idOr(f.id(), f.origin()), f.reason());
    }
    RawArticle article = ((InputItem.Read) item).article();
    return analyse(article.withPublishedIfMissing(publishedFallback));
  }

  /** Analyses one article, turning any failure into an outcome. */
  public Outcome analyse(RawArticle article) {
    try {
      return new Outcome.Done(article.origin(), pipeline.analyze(article));
    } catch (InputException e) {
      return new Outcome.Failed(article.origin(), idOr(article.id(), article.origin()), e.reason());
    } catch (BudgetExceededException e) {
      return new Outcome.Failed(
          article.origin(), idOr(article.id(), article.origin()), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Failed(
          article.origin(),
          idOr(article.id(), article.origin()),
          "analysis failed: "
              + e.getClass().getSimpleName()
              + ": "
              + OrderedWorkers.firstLine(e.getMessage()),
          e);
    }
  }

  private static String idOr(String id, String origin) {
    return id != null ? id : origin;
  }

  @Override
  public void close() {
    // the worker pool lives only as long as one run
  }
}
