package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A pool of named worker threads that applies one function to items and hands the results back in
 * the order the items came, keeping at most a small window of items in flight. The work function
 * must not throw: it turns its own failures into results.
 */
public final class OrderedWorkers<I, O> implements AutoCloseable {
  private final ExecutorService pool;
  private final Function<I, O> work;
  private final int window;
  private final Deque<Future<O>> pending = new ArrayDeque<>();

  public OrderedWorkers(String name, int threads, Function<I, O> work) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.pool = Executors.newFixedThreadPool(threads, new NamedThreadFactory(name));
    this.work = work;
    this.window = threads * 2;
  }

  /** Queues an item; hands {@code sink} every result that is due, in order. */
  public void submit(I item, Consumer<O> sink) {
    pending.add(pool.submit(() -> work.apply(item)));
    while (pending.size() >= window) {
      sink.accept(await(pending.poll()));
    }
  }

  /** Hands {@code sink} every remaining result, in order. */
  public void drain(Consumer<O> sink) {
    while (!pending.isEmpty()) {
      sink.accept(await(pending.poll()));
    }
  }

  private static <O> O await(Future<O> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "a worker failed outside its own error handling", e.getCause());
    }
  }

  /** One line of an exception's message, for failure records. */
  public static String firstLine(String s) {
    if (s == null) {
      return "(no message)";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
