package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.LayerFailure;
import org.sitrep.output.Json;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep extract}: articles in, sitrep/v1 JSON (or, on a terminal, a summary) out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles (text, HTML, JSON Lines, WARC, folders, or - for stdin) and write sitrep/v1 "
          + "JSON. On a terminal it prints a readable summary per article instead, with a progress "
          + "bar for batches; piped, one article gives one JSON document and several give JSON Lines "
          + "in input order."
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    auto,
    json,
    jsonl,
    summary
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files (.txt, .html, .jsonl, .warc[.gz]), folders, or -.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--format",
      description =
          "auto (default: summary on a terminal, else JSON as below), json (one document each),"
              + " jsonl (one per line) or summary.")
  Format format = Format.auto;

  @Option(names = "--pretty", description = "Indented JSON, one document after another.")
  boolean pretty;

  @Mixin CommonOptions common = new CommonOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs.requireExisting(paths); // before the models load
    common.check();
    Format f = format;
    if (f == Format.auto && !pretty && Inputs.terminal()) {
      f = Format.summary;
    }
    // a summary's progress bar needs the batch's size; JSON streams, as it always did
    ArticleReader reader = new ArticleReader(common.maxBytes());
    List<InputItem> items = f == Format.summary ? reader.readAll(paths, System.in) : List.of();
    Pipeline pipeline = Application.pipeline().withTimeBudget(common.budget());
    List<Outcome> buffered = new ArrayList<>();
    int[] failures = {0};
    int[] done = {0};
    Format mode = f;
    ProgressBar bar = mode == Format.summary && items.size() > 1 ? new ProgressBar(err) : null;
    if (bar != null) {
      bar.start();
    }
    java.util.function.Consumer<Outcome> sink =
        outcome -> {
          if (outcome instanceof Outcome.Failed fail) {
            failures[0]++;
            if (bar != null) {
              err.println();
            }
            err.println("sitrep: " + fail.message());
            if (common.debug && fail.cause() != null) {
              fail.cause().printStackTrace(err); // NOPMD: asked for with --debug
            }
          } else {
            done[0]++;
            for (LayerFailure lf : ((Outcome.Done) outcome).analysis().failures()) {
              err.println("sitrep: " + outcome.origin() + ": " + lf.message());
            }
          }
          if (mode == Format.jsonl && !pretty) {
            out.println(lineOf(outcome));
            out.flush();
          } else if (mode == Format.summary) {
            if (outcome instanceof Outcome.Done d) {
              if (bar != null) {
                err.print("\r\033[K");
                err.flush();
              }
              out.println(Summary.of(d.analysis()));
              out.flush();
            }
            if (bar != null) {
              bar.update(done[0] + failures[0], items.size(), failures[0]);
            }
          } else {
            buffered.add(outcome);
          }
        };
    try (BatchRunner runner = new BatchRunner(pipeline, common.threads())) {
      if (mode == Format.summary) {
        runner.run(items, common.published, sink);
      } else {
        runner.run(reader, paths, System.in, common.published, sink);
      }
    }
    if (bar != null) {
      bar.finish();
    }
    if (mode != Format.jsonl && mode != Format.summary || pretty) {
      boolean single = pretty || mode == Format.json || buffered.size() == 1;
      for (Outcome o : buffered) {
        if (single && o instanceof Outcome.Done d) {
          out.println(Json.pretty(d.analysis()));
        } else if (!single) {
          out.println(lineOf(o));
        }
      }
    }
    out.flush();
    reader.warcCounts().forEach(c -> err.println("sitrep: " + c.summary()));
    if (failures[0] > 0) {
      err.printf("sitrep: %d article(s) analysed, %d failed%n", done[0], failures[0]);
    }
    return failures[0] == 0 ? 0 : (done[0] == 0 ? 1 : 3);
  }

  private static String lineOf(Outcome o) {
    if (o instanceof Outcome.Done d) {
      return Json.line(d.analysis());
    }
    Outcome.Failed f = (Outcome.Failed) o;
    return Json.errorLine(f.id(), f.message());
  }
}
