package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.Evaluator;
import org.sitrep.eval.EventError;
import org.sitrep.eval.GoldSet;
import org.sitrep.eval.ScoredEvent;
import org.sitrep.geo.Gazetteer;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Analysis;
import org.sitrep.nlp.Annotator;
import org.sitrep.output.Json;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval SETDIR}: run the pipeline on a set's articles and score it on its key. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score sitrep against an answer key. SETDIR is an evaluation set (docs.jsonl and "
          + "gold.jsonl, in the format of shared/spec/gold-format.md): every metric of the layers the "
          + "set annotates, then a one-line summary. With several sets, each is scored on its own, "
          + "then their event figures pooled (counts summed) in a block and a summary line named "
          + "'pooled'."
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SETDIR", description = "Evaluation set folders.")
  List<Path> sets;

  @Option(names = "--json", description = "Print the figures as JSON instead of text.")
  boolean json;

  @Option(names = "--predictions", description = "Also write the predictions (JSON Lines) here.")
  Path predictionsOut;

  @Option(
      names = "--errors",
      description =
          "Also write every unmatched predicted event, missed gold event and found event with a"
              + " wrong actor or wrong counts (JSON Lines, with the evidence sentence and, for"
              + " a wrong argument, what the key expected and what was found) here.")
  Path errorsOut;

  @Option(
      names = "--calibration",
      description =
          "Also write every counted predicted event (true or false positive) with its confidence,"
              + " rules, attributes and outcome (JSON Lines) here, for fitting confidence.")
  Path calibrationOut;

  @Option(
      names = "--upper",
      description =
          "Upper-case every document's text before analysis (character by character, only where"
              + " that keeps its UTF-16 length, so the key's offsets stay valid): scores an"
              + " all-caps copy of the set.")
  boolean upper;

  @Mixin CommonOptions common = new CommonOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path set : sets) {
      if (!Files.isRegularFile(set.resolve("docs.jsonl"))
          || !Files.isRegularFile(set.resolve(GoldSet.FILE))) {
        throw new IllegalArgumentException(
            set + ": not an evaluation set (needs docs.jsonl and gold.jsonl)");
      }
    }
    Annotator annotator = Application.annotator();
    Gazetteer gazetteer = Gazetteer.load();
    Pipeline pipeline = Application.pipeline(annotator, gazetteer);
    if (errorsOut != null) {
      Files.deleteIfExists(errorsOut); // each set's errors are appended below
    }
    if (calibrationOut != null) {
      Files.deleteIfExists(calibrationOut); // likewise each set's predictions
    }
    List<String> summaries = new java.util.ArrayList<>();
    List<EvalReport> reports = new java.util.ArrayList<>();
    for (Path set : sets) {
      GoldSet gold = GoldSet.read(set);
      long t0 = System.nanoTime();
      int[] failed = {0};
      Map<String, Analysis> predictions;
      try (PrintStream predOut = predictionsStream()) {
        predictions = run(pipeline, set, predOut, failed);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      boolean toponyms = gold.documents().stream().anyMatch(d -> d.toponyms() != null);
      EvalReport report =
          toponyms
              ? new Evaluator()
                  .evaluate(
                      gold,
                      predictions,
                      run(Application.baseline(annotator, gazetteer), set, null, new int[1]))
              : new Evaluator().evaluate(gold, predictions);
      IncidentEval.Result incidents =
          IncidentEval.applies(gold)
              ? IncidentEval.run(gold, predictions, Application.provenance(pipeline))
              : null;
      if (errorsOut != null && report.events().isPresent()) {
        writeErrors(set, report.events().get().errors());
      }
      if (calibrationOut != null && report.events().isPresent()) {
        writeCalibration(set, report.events().get().scored());
      }
      if (json) {
        Map<String, Object> row = report.toJson();
        if (incidents != null) {
          row.put("incidents", incidents.scores().toJson());
        }
        out.println(Json.mapper().writeValueAsString(row));
      } else {
        PrintStream ps = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8);
        report.print(ps);
        if (incidents != null) {
          incidents.scores().print(ps);
          ps.printf(java.util.Locale.ROOT, "  (linking took %.1f s)%n", incidents.linkSeconds());
        }
        ps.flush();
        out.printf(
            java.util.Locale.ROOT,
            "(%d articles in %.1f s, %d failed)%n%n",
            predictions.size(),
            seconds,
            failed[0]);
      }
      summaries.add(
          incidents == null
              ? report.summaryLine()
              : report.summaryLine() + "; " + incidents.scores().summary());
      reports.add(report);
    }
    if (reports.size() > 1 && reports.stream().anyMatch(r -> r.events().isPresent())) {
      EvalReport pooled = EvalReport.pool("pooled", reports);
      List<String> names =
          reports.stream().filter(r -> r.events().isPresent()).map(EvalReport::name).toList();
      if (json) {
        Map<String, Object> row = pooled.toJson();
        row.put("pooled_sets", names);
        out.println(Json.mapper().writeValueAsString(row));
      } else {
        out.println("pooled event figures of " + String.join(", ", names) + " (counts summed)");
        PrintStream ps = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8);
        pooled.print(ps);
        ps.flush();
        out.println();
      }
      summaries.add(pooled.summaryLine());
    }
    if (!json) {
      summaries.forEach(out::println);
    }
    out.flush();
    return 0;
  }

  /** Analyses a set's docs.jsonl; failures are reported on stderr and counted. */
  private Map<String, Analysis> run(
      Pipeline pipeline, Path set, PrintStream predOut, int[] failed) {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Analysis> predictions = new LinkedHashMap<>();
    Path docs = set.resolve("docs.jsonl");
    if (upper) {
      docs = upperCaseCopy(docs);
    }
    try (BatchRunner runner = new BatchRunner(pipeline, common.threads())) {
      runner.run(
          new ArticleReader(common.maxBytes()),
          List.of(docs.toString()),
          System.in,
          common.published,
          outcome -> {
            if (outcome instanceof Outcome.Done d) {
              predictions.put(d.analysis().document().id(), d.analysis());
              if (predOut != null) {
                predOut.println(Json.line(d.analysis()));
              }
            } else if (outcome instanceof Outcome.Failed f) {
              failed[0]++;
              err.println("sitrep: " + f.message());
            }
          });
    }
    return predictions;
  }

  /**
   * A temporary copy of a docs.jsonl file with every document's {@code text} upper-cased (deleted
   * when the JVM exits). Lines that are not JSON objects are copied as they are.
   */
  private static Path upperCaseCopy(Path docs) {
    try {
      Path copy = Files.createTempFile("sitrep-upper-", ".jsonl");
      copy.toFile().deleteOnExit();
      List<String> out = new java.util.ArrayList<>();
      for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
        out.add(upperCaseLine(line));
      }
      Files.write(copy, out, StandardCharsets.UTF_8);
      return copy;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String upperCaseLine(String line) {
    if (line.isBlank()) {
      return line;
    }
    try {
      var node = Json.mapper().readTree(line);
      if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o
          && o.path("text").isTextual()) {
        o.put("text", upperCase(o.get("text").asText()));
        return Json.mapper().writeValueAsString(o);
      }
    } catch (IOException e) {
      // not JSON: the reader reports it as a failed article, as for the original set
    }
    return line;
  }

  /**
   * The text with every character upper-cased where its capital is one UTF-16 unit too ("ß" and
   * surrogate halves stay), so that every offset into it still points at the same character.
   */
  static String upperCase(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String u = Character.isSurrogate(c) ? "" : String.valueOf(c).toUpperCase(Locale.ROOT);
      b.append(u.length() == 1 ? u.charAt(0) : c);
    }
    return b.toString();
  }

  /**
   * Writes the event errors of one set, each with the text of its evidence in the input, appending
   * when several sets are scored in one run.
   */
  private void writeErrors(Path set, List<EventError> errors) throws IOException {
    Map<String, String> texts = new java.util.HashMap<>();
    try (var lines = Files.lines(set.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      lines
          .filter(l -> !l.isBlank())
          .forEach(
              l -> {
                try {
                  var node = Json.mapper().readTree(l);
                  texts.put(node.path("id").asText(), node.path("text").asText());
                } catch (IOException e) {
                  // an unreadable line was reported as a failed article already
                }
              });
    }
    try (PrintStream ps =
        new PrintStream(
            Files.newOutputStream(errorsOut, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
            true,
            StandardCharsets.UTF_8)) {
      for (EventError e : errors) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("set", set.getFileName().toString());
        row.put("document", e.document());
        row.put("kind", e.kind());
        row.put("family", e.family());
        row.put("event", e.event());
        row.put("trigger", e.trigger());
        row.put("start", e.start());
        row.put("end", e.end());
        if (e.expected() != null) {
          row.put("expected", e.expected());
          row.put("found", e.found());
        }
        String text = texts.get(e.document());
        row.put(
            "text",
            text == null || e.end() > text.length() ? null : text.substring(e.start(), e.end()));
        ps.println(Json.mapper().writeValueAsString(row));
      }
    }
  }

  /** Appends one JSON line per counted predicted event of one set. */
  private void writeCalibration(Path set, List<ScoredEvent> scored) throws IOException {
    try (PrintStream ps =
        new PrintStream(
            Files.newOutputStream(
                calibrationOut, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
            true,
            StandardCharsets.UTF_8)) {
      String name = set.getFileName().toString();
      for (ScoredEvent e : scored) {
        ps.println(Json.mapper().writeValueAsString(e.toJson(name)));
      }
    }
  }

  private boolean predictionsStarted;

  private PrintStream predictionsStream() throws IOException {
    if (predictionsOut == null) {
      return null;
    }
    // every set's predictions go to the one file: the first set starts it afresh
    boolean first = !predictionsStarted;
    predictionsStarted = true;
    return new PrintStream(
        first
            ? Files.newOutputStream(predictionsOut)
            : Files.newOutputStream(
                predictionsOut, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
        true,
        StandardCharsets.UTF_8);
  }

  /** Lets a PrintStream-based report write into picocli's PrintWriter. */
  private static final class WriterOutputStream extends java.io.OutputStream {
    private final PrintWriter writer;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) {
      buffer.write(b);
    }

    @Override
    public void flush() {
      writer.write(buffer.toString(StandardCharsets.UTF_8));
      writer.flush();
      buffer.reset();
    }
  }
}
