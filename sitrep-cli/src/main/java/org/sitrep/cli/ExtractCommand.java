package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.ArticleReader;
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

/** {@code sitrep extract}: articles in, sitrep/v1 JSON out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles (text, HTML, JSON Lines, folders, or - for stdin) and write sitrep/v1 JSON.",
      "One article gives one JSON document; several give JSON Lines in input order."
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    auto,
    json,
    jsonl
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or -.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--format",
      description = "auto (default), json (one document each) or jsonl (one per line).")
  Format format = Format.auto;

  @Mixin CommonOptions common = new CommonOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    common.check();
    Pipeline pipeline = Application.pipeline().withTimeBudget(common.budget());
    List<Outcome> buffered = new ArrayList<>();
    int[] failures = {0};
    int[] done = {0};
    try (BatchRunner runner = new BatchRunner(pipeline, common.threads())) {
      runner.run(
          new ArticleReader(common.maxBytes()),
          paths,
          System.in,
          common.published,
          outcome -> {
            if (outcome instanceof Outcome.Failed f) {
              failures[0]++;
              err.println("sitrep: " + f.message());
              if (common.debug && f.cause() != null) {
                f.cause().printStackTrace(err); // NOPMD: asked for with --debug
              }
            } else {
              done[0]++;
              for (LayerFailure lf : ((Outcome.Done) outcome).analysis().failures()) {
                err.println("sitrep: " + outcome.origin() + ": " + lf.message());
              }
            }
            if (format == Format.jsonl) {
              out.println(lineOf(outcome));
              out.flush();
            } else {
              buffered.add(outcome);
            }
          });
    }
    if (format != Format.jsonl) {
      boolean single = format == Format.json || buffered.size() == 1;
      for (Outcome o : buffered) {
        if (single && o instanceof Outcome.Done d) {
          out.println(Json.pretty(d.analysis()));
        } else if (!single) {
          out.println(lineOf(o));
        }
      }
    }
    out.flush();
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
