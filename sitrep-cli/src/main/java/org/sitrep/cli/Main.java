package org.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep}: the command-line front door. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Evidence-linked event data from conflict news.",
    subcommands = {
      ExtractCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      SparkCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      BenchQueriesCommand.class,
      IncidentsCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line and returns the exit code; never throws, never exits. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new Main());
    cli.setUsageHelpAutoWidth(true); // wrap --help at the terminal's width, not at 80 columns
    cli.setUsageHelpLongOptionsMaxWidth(28);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (debug) {
            e.printStackTrace(err); // NOPMD: asked for with --debug
          } else {
            err.println("sitrep: " + oneLine(e));
          }
          // a missing input is a batch in which every article failed; anything else is exit 2
          return e instanceof Inputs.Missing ? 1 : 2;
        });
    return cli.execute(args);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
