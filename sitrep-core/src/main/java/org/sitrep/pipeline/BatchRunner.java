package org.sitrep.pipeline;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  private final ExecutorService workers;
  private final int window;

  public BatchRunner(Pipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.pipeline = pipeline;
    this.workers = Executors.newFixedThreadPool(threads, new NamedThreadFactory("sitrep-worker"));
    this.window = threads * 4;
  }

  /** Reads the paths, analyses every article, and calls {@code sink} in input order. */
  public void run(
      ArticleReader reader,
      List<String> paths,
      InputStream stdin,
      LocalDate publishedFallback,
      Consumer<Outcome> sink) {
    Deque<Future<Outcome>> pending = new ArrayDeque<>();
    reader.read(
        paths,
        stdin,
        item -> {
          pending.add(workers.submit(() -> process(item, publishedFallback)));
          while (pending.size() >= window) {
            sink.accept(await(pending.poll()));
          }
        });
    while (!pending.isEmpty()) {
      sink.accept(await(pending.poll()));
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
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Failed(
          article.origin(),
          idOr(article.id(), article.origin()),
          "analysis failed: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()),
          e);
    }
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an article", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed outside the pipeline", e.getCause());
    }
  }

  private static String idOr(String id, String origin) {
    return id != null ? id : origin;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "(no message)";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
