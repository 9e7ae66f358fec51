package org.sitrep.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.sitrep.model.Analysis;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.ArticleWriter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Provenance;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;
import org.sitrep.store.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep bench-queries}: latency of filtered event queries on a large synthetic store. */
@Command(
    name = "bench-queries",
    mixinStandardHelpOptions = true,
    description = {
      "Time filtered event queries on a store of synthetic events. Fills a store (or reuses "
          + "--db if it holds enough) and times a mix of filtered, sorted, paged event queries: in "
          + "process, and through the HTTP API on loopback."
    })
final class BenchQueriesCommand implements Callable<Integer> {
  @Option(names = "--events", description = "Events in the store (default: ${DEFAULT-VALUE}).")
  int events = 10_000;

  @Option(names = "--queries", description = "Timed queries per mode (default: ${DEFAULT-VALUE}).")
  int queries = 500;

  @Option(names = "--db", description = "Store to use (default: a temporary file).")
  Path db;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 5;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean temp = db == null;
    Path file = temp ? Files.createTempDirectory("sitrep-bench").resolve("bench.duckdb") : db;
    try (Store store = Store.open(file)) {
      long have = store.rowCounts().get("events");
      if (have < events) {
        int perArticle = 4;
        long t0 = System.nanoTime();
        List<Analysis> as =
            SyntheticCorpus.analyses(
                seed, (int) Math.ceil((events - have) / (double) perArticle), perArticle);
        Provenance p = new Provenance(Version.sitrep(), "bench", "synthetic", "synthetic");
        org.sitrep.link.IncidentLinker linker = new org.sitrep.link.IncidentLinker(store);
        try (ArticleWriter w = new ArticleWriter(store)) {
          for (Analysis a : as) {
            w.save(a, "synthetic", p, linker::linkStored); // linked as an ingest links them
          }
        }
        linker.flush();
        out.printf(
            Locale.ROOT,
            "filled %s with %d synthetic articles in %.1f s (%.0f articles/s, one transaction each,"
                + " linking included)%n",
            file,
            as.size(),
            (System.nanoTime() - t0) / 1e9,
            as.size() / ((System.nanoTime() - t0) / 1e9));
      }
      long tLink = System.nanoTime();
      int linked = new org.sitrep.link.IncidentLinker(store).linkPending();
      if (linked > 0) {
        out.printf(
            Locale.ROOT,
            "linked the events of %d articles into incidents in %.1f s%n",
            linked,
            (System.nanoTime() - tLink) / 1e9);
      }
      Map<String, Long> rows = store.rowCounts();
      out.printf(
          Locale.ROOT,
          "store: %d events, %d articles, %d incidents%n",
          rows.get("events"),
          rows.get("articles"),
          rows.get("incidents"));
      List<Map<String, String>> mix = mix(new Random(seed), queries + 50);

      StoreReader reader = new StoreReader(store);
      double[] direct = time(mix, m -> reader.events(toQuery(m)).get("total").asLong());
      report(out, "in process (StoreReader.events)", direct);

      try (SitrepServer server =
          new SitrepServer(
                  store,
                  () -> {
                    throw new IllegalStateException("no writes");
                  },
                  null)
              .start("127.0.0.1", 0)) {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port() + "/api/events?";
        double[] overHttp =
            time(
                mix,
                m -> {
                  HttpRequest rq =
                      HttpRequest.newBuilder(URI.create(base + encode(m))).GET().build();
                  HttpResponse<String> r = http.send(rq, HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                  }
                  return r.body().length();
                });
        report(out, "over HTTP (GET /api/events, loopback)", overHttp);
        String incidents = "http://127.0.0.1:" + server.port() + "/api/incidents?";
        double[] incidentsOverHttp =
            time(
                mix,
                m -> {
                  HttpRequest rq =
                      HttpRequest.newBuilder(URI.create(incidents + encode(m))).GET().build();
                  HttpResponse<String> r = http.send(rq, HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                  }
                  return r.body().length();
                });
        report(out, "over HTTP (GET /api/incidents, loopback)", incidentsOverHttp);
      }
    } finally {
      if (temp) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".wal"));
        Files.deleteIfExists(file.getParent());
      }
    }
    return 0;
  }

  @FunctionalInterface
  interface Call {
    Object run(Map<String, String> params) throws Exception;
  }

  private double[] time(List<Map<String, String>> mix, Call call) throws Exception {
    for (int i = 0; i < 50; i++) {
      call.run(mix.get(i)); // warm-up
    }
    double[] ms = new double[mix.size() - 50];
    for (int i = 50; i < mix.size(); i++) {
      long t = System.nanoTime();
      call.run(mix.get(i));
      ms[i - 50] = (System.nanoTime() - t) / 1e6;
    }
    return ms;
  }

  private static void report(PrintWriter out, String what, double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    out.printf(
        Locale.ROOT,
        "%-40s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        what,
        s.length,
        pct(s, 50),
        pct(s, 95),
        pct(s, 99),
        s[s.length - 1]);
    out.flush();
  }

  private static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** A mix of the filters the web app sends: one to four of them, with sorting and paging. */
  static List<Map<String, String>> mix(Random r, int n) {
    String[] families = {"ATTACK", "CLASH", "TERRITORY", "EVACUATION", "DISPLACEMENT", "DETENTION"};
    String[] places = {"Kharkiv", "Khartoum", "El Fasher", "Goma", "Mariupol", "Port"};
    String[] actors = {"Russian", "Rapid Support", "M23", "junta", "police", "Viv Ansanm"};
    String[] words = {"shelled", "drone", "fighting", "evacuated", "officials", "flee"};
    String[] sorts = {"-date", "date", "confidence", "fatalities", "type"};
    double[][] boxes = {{22, 44, 41, 53}, {21, 8, 39, 23}, {-75, 17, -71, 20}, {90, 15, 100, 28}};
    List<Map<String, String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, String> m = new LinkedHashMap<>();
      int filters = 1 + r.nextInt(4);
      for (int f = 0; f < filters; f++) {
        switch (r.nextInt(8)) {
          case 0 -> m.put("family", families[r.nextInt(families.length)]);
          case 1 -> {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(600));
            m.put("from", from.toString());
            m.put("to", from.plusDays(7 + r.nextInt(90)).toString());
          }
          case 2 -> {
            double[] b = boxes[r.nextInt(boxes.length)];
            m.put("bbox", b[0] + "," + b[1] + "," + b[2] + "," + b[3]);
          }
          case 3 -> m.put("place", places[r.nextInt(places.length)]);
          case 4 -> m.put("actor", actors[r.nextInt(actors.length)]);
          case 5 -> m.put("status", r.nextBoolean() ? "occurred" : "claimed,ongoing");
          case 6 -> m.put("min_confidence", String.valueOf(0.5 + r.nextInt(5) / 10.0));
          default -> m.put("q", words[r.nextInt(words.length)]);
        }
      }
      m.put("sort", sorts[r.nextInt(sorts.length)]);
      m.put("limit", "50");
      m.put("offset", String.valueOf(r.nextInt(4) * 50));
      out.add(m);
    }
    return out;
  }

  static EventQuery toQuery(Map<String, String> m) {
    String bbox = m.get("bbox");
    double[] b =
        bbox == null
            ? null
            : Arrays.stream(bbox.split(",")).mapToDouble(Double::parseDouble).toArray();
    return new EventQuery(
        m.containsKey("family") ? List.of(m.get("family")) : null,
        null,
        m.containsKey("from") ? LocalDate.parse(m.get("from")) : null,
        m.containsKey("to") ? LocalDate.parse(m.get("to")) : null,
        b,
        m.get("place"),
        m.get("actor"),
        m.containsKey("status") ? List.of(m.get("status").split(",")) : null,
        m.containsKey("min_confidence") ? Double.valueOf(m.get("min_confidence")) : null,
        m.get("q"),
        null,
        EventQuery.Sort.parse(m.get("sort")),
        Integer.parseInt(m.get("limit")),
        Integer.parseInt(m.get("offset")));
  }

  private static String encode(Map<String, String> m) {
    StringBuilder b = new StringBuilder();
    for (var e : m.entrySet()) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return b.toString();
  }
}
