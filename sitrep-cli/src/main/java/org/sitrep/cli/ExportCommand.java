package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Exporter;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep export}: events out as CSV (ACLED columns), GeoJSON, JSON Lines or Parquet. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export stored events as CSV, GeoJSON, JSON Lines or Parquet. csv uses ACLED's column "
          + "names where a column has a counterpart; geojson gives points; jsonl gives the sitrep/v1 "
          + "documents of the matching articles; parquet gives the CSV's rows, typed."
    })
final class ExportCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      required = true,
      description =
          "csv, geojson, jsonl or parquet (events); incidents (JSON Lines, one incident a line)"
              + " or incidents-csv (one row per incident, ACLED's columns).")
  String format;

  @Option(names = "--db", description = "Database file (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("sitrep.duckdb");

  @Option(
      names = {"-o", "--out"},
      description = "Output file (default: standard output; required for parquet).")
  Path out;

  @Option(names = "--family", split = ",", description = "Event families, e.g. ATTACK,CLASH.")
  List<String> family = new ArrayList<>();

  @Option(names = "--type", split = ",", description = "Event types, e.g. ATTACK.SHELLING.")
  List<String> type = new ArrayList<>();

  @Option(
      names = "--status",
      split = ",",
      description = "Statuses, e.g. occurred,claimed (default: all but historical; * for all).")
  List<String> status = new ArrayList<>();

  @Option(names = "--from", description = "First day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Last day (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--bbox", split = ",", description = "west,south,east,north.")
  double[] bbox;

  @Option(
      names = "--place",
      description = "Place name contains; a country's or division's name matches what is in it.")
  String place;

  @Option(
      names = "--country",
      split = ",",
      description = "Countries, ISO 3166-1 codes or English names, e.g. UA,Sudan.")
  List<String> country = new ArrayList<>();

  @Option(names = "--admin1", split = ",", description = "First-order divisions, e.g. Donetsk.")
  List<String> admin1 = new ArrayList<>();

  @Option(names = "--with-fatalities", description = "Only events with a killed figure.")
  boolean withFatalities;

  @Option(
      names = "--all-families",
      description =
          "csv: keep the families ACLED does not code (appeals, threats, denials…) as"
              + " Strategic developments / Other (default: left out; the other formats keep all).")
  boolean allFamilies;

  @Option(names = "--actor", description = "Actor name contains.")
  String actor;

  @Option(names = "--min-confidence", description = "Lowest confidence, 0..1.")
  Double minConfidence;

  @Option(names = "--q", description = "Free text.")
  String text;

  @Override
  public Integer call() throws IOException {
    Exporter.Format f = Exporter.Format.parse(format);
    EventQuery q =
        new EventQuery(
            family,
            type,
            from,
            to,
            bbox,
            place,
            actor,
            status,
            minConfidence,
            text,
            null,
            EventQuery.Sort.DATE_ASC,
            0,
            0,
            country,
            admin1,
            withFatalities);
    try (Store store = Store.openExisting(db)) {
      Exporter x = new Exporter(store);
      if (f == Exporter.Format.PARQUET) {
        if (out == null) {
          throw new IllegalArgumentException("parquet needs --out FILE");
        }
        x.writeParquet(q, out);
        return 0;
      }
      if (out == null) {
        OutputStream o = new BufferedOutputStream(System.out);
        x.export(f, q, o, allFamilies);
        o.flush();
      } else {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
          x.export(f, q, o, allFamilies);
        }
      }
    }
    return 0;
  }
}
