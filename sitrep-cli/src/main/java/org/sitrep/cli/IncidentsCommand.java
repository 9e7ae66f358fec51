package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.GoldSet;
import org.sitrep.eval.IncidentScorer;
import org.sitrep.eval.IncidentScores;
import org.sitrep.incident.IncidentReader;
import org.sitrep.link.IncidentLinker;
import org.sitrep.output.Json;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep incidents}: list, show, split and re-link the incidents of a store. */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = {
      "Incidents: the events several articles report of one happening, linked.",
      "Ingest links them as it goes; these commands read, correct and re-link them."
    },
    subcommands = {
      IncidentsCommand.ListIncidents.class,
      IncidentsCommand.Show.class,
      IncidentsCommand.Split.class,
      IncidentsCommand.Relink.class,
      IncidentsCommand.Score.class
    })
final class IncidentsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Store open(Path db) {
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException(db + ": no such store (sitrep ingest makes one)");
    }
    return Store.open(db);
  }

  /** {@code sitrep incidents list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List incidents.")
  static final class ListIncidents implements Callable<Integer> {
    @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("sitrep.duckdb");

    @Option(names = "--family", description = "Only this family, e.g. ATTACK.")
    String family;

    @Option(names = "--min-reports", description = "Only incidents with this many reports.")
    int minReports = 1;

    @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = open(db)) {
        EventQuery q =
            new EventQuery(
                family == null ? null : List.of(family),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                EventQuery.Sort.DATE_DESC,
                EventQuery.MAX_LIMIT,
                0);
        int shown = 0;
        for (int offset = 0; shown < limit; offset += EventQuery.MAX_LIMIT) {
          JsonNode page =
              new IncidentReader(store).incidents(q.withPage(EventQuery.MAX_LIMIT, offset));
          if (page.get("items").isEmpty()) {
            break;
          }
          for (JsonNode i : page.get("items")) {
            if (i.get("reports").asInt() < minReports || shown >= limit) {
              continue;
            }
            shown++;
            JsonNode f = i.get("fatalities");
            out.printf(
                Locale.ROOT,
                "%s  %s  %s  %-20s  %d report(s), %d outlet(s)  killed %s%s  conf %.2f%n",
                i.get("id").asText(),
                i.path("date").path("start").asText("?"),
                i.get("type").asText(),
                i.path("place").path("name").asText("?"),
                i.get("reports").asInt(),
                i.get("outlets").asInt(),
                f.path("value").isNull()
                    ? "-"
                    : f.get("min").asText()
                        + (f.get("min").equals(f.get("max")) ? "" : "-" + f.get("max").asText()),
                i.get("contested").asBoolean() ? " CONTESTED" : "",
                i.get("confidence").asDouble());
          }
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code sitrep incidents show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One incident as JSON: reports side by side, claims and links' reasons.")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("sitrep.duckdb");

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Store store = open(db)) {
        ObjectNode inc =
            new IncidentReader(store)
                .incident(id)
                .orElseThrow(() -> new IllegalArgumentException("no incident " + id));
        spec.commandLine()
            .getOut()
            .println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(inc));
      }
      return 0;
    }
  }

  /** {@code sitrep incidents split ID SELECTOR...}. */
  @Command(
      name = "split",
      mixinStandardHelpOptions = true,
      description = {
        "Undo a wrong link: the chosen reports leave the incident, and their articles never",
        "share an incident of its family with the others again (kept across later ingests",
        "and re-links)."
      })
  static final class Split implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident.")
    String id;

    @Parameters(
        index = "1..*",
        arity = "1..*",
        paramLabel = "REPORT",
        description = "Reports to take out: event uid, article sha256 (8+ digits) or document id.")
    List<String> selectors = new ArrayList<>();

    @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("sitrep.duckdb");

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store store = open(db)) {
        List<String> now = new IncidentLinker(store).split(id, selectors);
        spec.commandLine()
            .getOut()
            .println("sitrep: " + id + " split; its reports are now in " + String.join(", ", now));
      }
      return 0;
    }
  }

  /** {@code sitrep incidents relink}. */
  @Command(
      name = "relink",
      mixinStandardHelpOptions = true,
      description = "Forget every incident and link every stored event again (splits are kept).")
  static final class Relink implements Callable<Integer> {
    @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("sitrep.duckdb");

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store store = open(db)) {
        IncidentLinker linker = new IncidentLinker(store);
        int n = linker.rebuild();
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "sitrep: %d article(s) linked in %.2f s; store: %s%n",
                n,
                linker.seconds(),
                store.rowCounts());
      }
      return 0;
    }
  }

  /** {@code sitrep incidents score SETDIR}: the incident figures of a store holding a set. */
  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      description = {
        "Score a store's ATTACK incidents against an evaluation set's incident key (the store",
        "must hold the set's articles, e.g. from sitrep ingest SETDIR/docs.jsonl);",
        "sitrep eval does the same on a fresh store."
      })
  static final class Score implements Callable<Integer> {
    @Parameters(paramLabel = "SETDIR")
    Path set;

    @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("sitrep.duckdb");

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      GoldSet gold = GoldSet.read(set);
      try (Store store = open(db)) {
        List<IncidentScorer.Predicted> predicted = new ArrayList<>();
        for (IncidentReader.Members m : new IncidentReader(store).members("ATTACK")) {
          predicted.add(new IncidentScorer.Predicted(m.documents(), m.killedClaims()));
        }
        Map<String, IncidentScorer.Article> articles = new HashMap<>();
        try (var c = store.connection();
            var s = c.createStatement();
            var rs =
                s.executeQuery(
                    "SELECT a.id, a.published, EXISTS (SELECT 1 FROM events e WHERE"
                        + " e.article_sha256 = a.sha256 AND e.family = 'ATTACK') FROM articles a")) {
          while (rs.next()) {
            articles.put(
                rs.getString(1),
                new IncidentScorer.Article(
                    rs.getObject(2, java.time.LocalDate.class), rs.getBoolean(3)));
          }
        }
        IncidentScores scores = IncidentScorer.score(gold, predicted, articles);
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps =
            new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8);
        scores.print(ps);
        ps.println(scores.summary());
        spec.commandLine().getOut().print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }
}
