package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;
import org.sitrep.pipeline.NamedThreadFactory;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: throughput of the sitrep pipeline and, in the same run and on the same
 * documents, of stock CoreNLP {@code tokenize,ssplit,pos,lemma,ner,depparse}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time the pipeline against stock CoreNLP on the same documents. Throughput (docs/s, "
          + "tokens/s, per core, after warm-up), CPU time per document (robust to other load on the "
          + "machine), start-up time, live and peak heap, for sitrep and for stock "
          + "tokenize,ssplit,pos,lemma,ner,depparse."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "CORPUS",
      description = "Articles to run (default: examples/).")
  List<String> corpus = new ArrayList<>(List.of("examples"));

  @Option(names = "--docs", description = "Documents to time per pipeline (default 60).")
  int docs = 60;

  @Option(names = "--warmup", description = "Documents run before timing (default 15).")
  int warmup = 15;

  @Option(names = "--threads", description = "Worker threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-stock", description = "Skip the stock CoreNLP baseline.")
  boolean noStock;

  @Option(
      names = "--unparsed",
      description = "Also time sitrep without the dependency parser (what parsing costs).")
  boolean unparsed;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** One pipeline's figures. */
  record Figures(
      String name,
      double loadSeconds,
      double liveHeapMb,
      double peakHeapMb,
      double docsPerSecond,
      double tokensPerSecond,
      double cpuMsPerDoc,
      int threads) {
    double perCore() {
      return docsPerSecond / threads;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<CleanDocument> documents = load();
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no readable articles in " + corpus);
    }
    out.printf(
        Locale.ROOT,
        "corpus: %d articles from %s; %d warm-up + %d timed documents per pipeline, %d thread(s)%n",
        documents.size(),
        corpus,
        warmup,
        docs,
        threads);
    resetPeaks();
    long t0 = System.nanoTime();
    Pipeline pipeline = Application.pipeline();
    double load = (System.nanoTime() - t0) / 1e9;
    double startup =
        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    long[] tokens = new long[documents.size()];
    int sentences = 0;
    int parsed = 0;
    for (int i = 0; i < tokens.length; i++) {
      AnnotatedDocument annotated = pipeline.annotator().annotate(documents.get(i));
      tokens[i] = annotated.tokenCount();
      sentences += annotated.sentences().size();
      parsed +=
          (int) annotated.sentences().stream().filter(s -> !s.dependencies().isEmpty()).count();
    }
    List<Figures> results = new ArrayList<>();
    results.add(
        timed(
            "sitrep: "
                + pipeline.annotator().description()
                + ", then places, entities, dates, quotes, events",
            pipeline::analyze,
            load,
            documents,
            tokens));
    if (unparsed) {
      resetPeaks();
      t0 = System.nanoTime();
      Pipeline plain = Application.pipeline(NlpSettings.sitrep().withDependencies(false));
      double plainLoad = (System.nanoTime() - t0) / 1e9;
      results.add(
          timed(
              "unparsed: " + plain.annotator().description() + ", the same later stages",
              plain::analyze,
              plainLoad,
              documents,
              tokens));
    }
    if (!noStock) {
      CoreNlpAnnotator.clearCaches(); // so the baseline loads its models from scratch too
      resetPeaks();
      t0 = System.nanoTime();
      CoreNlpAnnotator stock = new CoreNlpAnnotator(NlpSettings.stock());
      double stockLoad = (System.nanoTime() - t0) / 1e9;
      results.add(
          timed("stock: " + stock.description(), stock::annotate, stockLoad, documents, tokens));
    }
    print(out, results);
    out.printf(Locale.ROOT, "start-up (JVM start to sitrep pipeline ready): %.1f s%n", startup);
    out.printf(
        Locale.ROOT,
        "sitrep parsed %d of the corpus's %d sentences (%.0f %%)%n",
        parsed,
        sentences,
        sentences == 0 ? 0.0 : 100.0 * parsed / sentences);
    return 0;
  }

  private Figures timed(
      String name,
      java.util.function.Consumer<CleanDocument> subject,
      double load,
      List<CleanDocument> documents,
      long[] tokenCounts)
      throws InterruptedException, ExecutionException {
    double live = liveHeapMb();
    for (int i = 0; i < warmup; i++) {
      subject.accept(documents.get(i % documents.size()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new NamedThreadFactory("bench"));
    AtomicLong tokens = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < docs; i++) {
        int k = i % documents.size();
        CleanDocument d = documents.get(k);
        futures.add(
            pool.submit(
                () -> {
                  long c0 = mx.getCurrentThreadCpuTime();
                  subject.accept(d);
                  cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                  tokens.addAndGet(tokenCounts[k]);
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Figures(
        name,
        load,
        live,
        peakHeapMb(),
        docs / seconds,
        tokens.get() / seconds,
        cpu.get() / 1e6 / docs,
        threads);
  }

  private List<CleanDocument> load() {
    Cleaner cleaner = new Cleaner();
    List<CleanDocument> out = new ArrayList<>();
    for (InputItem item : new ArticleReader().readAll(corpus, System.in)) {
      if (item instanceof InputItem.Read r) {
        try {
          out.add(cleaner.clean(r.article()));
        } catch (InputException e) {
          spec.commandLine().getErr().println("sitrep: " + e.getMessage());
        }
      } else if (item instanceof InputItem.Failed f) {
        spec.commandLine().getErr().println("sitrep: " + f.message());
      }
    }
    return out;
  }

  private static void print(PrintWriter out, List<Figures> results) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%-8s %8s %10s %10s %9s %11s %12s %12s%n",
        "pipeline",
        "load s",
        "live MB",
        "peak MB",
        "docs/s",
        "tokens/s",
        "docs/s/core",
        "cpu ms/doc");
    for (Figures f : results) {
      out.printf(
          Locale.ROOT,
          "%-8s %8.1f %10.0f %10.0f %9.2f %11.0f %12.2f %12.0f%n",
          f.name().substring(0, f.name().indexOf(':')),
          f.loadSeconds(),
          f.liveHeapMb(),
          f.peakHeapMb(),
          f.docsPerSecond(),
          f.tokensPerSecond(),
          f.perCore(),
          f.cpuMsPerDoc());
    }
    for (Figures f : results) {
      out.println("  " + f.name());
    }
    Figures last = results.get(results.size() - 1);
    if (last.name().startsWith("stock")) {
      out.printf(
          Locale.ROOT,
          "%nsitrep / stock throughput: %.2fx (CPU time per document: %.2fx)%n",
          results.get(0).docsPerSecond() / last.docsPerSecond(),
          last.cpuMsPerDoc() / results.get(0).cpuMsPerDoc());
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static double liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / 1048576.0;
  }
}
