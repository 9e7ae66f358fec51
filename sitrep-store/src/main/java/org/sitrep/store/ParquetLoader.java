package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the Parquet tables of a {@code sitrep spark} run (one folder per table, as {@link
 * StoreRows} lays them out) into the store, in one transaction, with DuckDB's own Parquet reader.
 * Articles already stored are skipped with their facts, so loading twice adds nothing; the
 * wall-clock columns get the time of loading.
 */
public final class ParquetLoader {
  private final Store store;

  public ParquetLoader(Store store) {
    this.store = store;
  }

  /**
   * Loads {@code dir}; returns the rows added per table.
   *
   * @throws StoreException with a one-line message when {@code dir} holds no Spark output
   */
  public Map<String, Long> load(Path dir) {
    if (!Files.isDirectory(dir.resolve("articles"))) {
      throw new StoreException(
          dir + ": not the output of sitrep spark (no articles/ folder)", null);
    }
    Map<String, Long> added = new LinkedHashMap<>();
    try (Connection c = store.connection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      try {
        String none = "SELECT NULL::VARCHAR AS sha256 WHERE false";
        s.execute(
            "CREATE OR REPLACE TEMP TABLE loading AS "
                + (has(dir, "articles")
                    ? "SELECT DISTINCT ON (sha256) * FROM "
                        + read(dir, "articles")
                        + " WHERE sha256 NOT IN (SELECT sha256 FROM articles)"
                    : none));
        added.put(
            "provenance",
            insert(s, StoreRows.PROVENANCE, dir, "", " ON CONFLICT DO NOTHING", null));
        added.put(
            "articles",
            (long)
                s.executeUpdate(
                    "INSERT INTO articles ("
                        + String.join(", ", StoreRows.ARTICLES.columnNames())
                        + ", ingested_at) SELECT "
                        + String.join(", ", StoreRows.ARTICLES.columnNames())
                        + ", now() FROM loading"));
        String ofNew = " WHERE article_sha256 IN (SELECT sha256 FROM loading)";
        added.put("entities", insert(s, StoreRows.ENTITIES, dir, ofNew, "", null));
        added.put("places", insert(s, StoreRows.PLACES, dir, ofNew, "", null));
        added.put("events", insert(s, StoreRows.EVENTS, dir, ofNew, "", null));
        String ofNewEvents =
            " WHERE event_uid IN (SELECT uid FROM events WHERE article_sha256 IN (SELECT sha256 FROM loading))";
        added.put(
            "event_participants",
            insert(s, StoreRows.EVENT_PARTICIPANTS, dir, ofNewEvents, "", null));
        added.put("counts", insert(s, StoreRows.COUNTS, dir, ofNewEvents, "", null));
        added.put("quotes", insert(s, StoreRows.QUOTES, dir, ofNew, "", null));
        added.put(
            "failures",
            insert(s, StoreRows.FAILURES, dir, "", " ON CONFLICT DO NOTHING", "first_seen"));
        s.execute("DROP TABLE loading");
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot load the Parquet tables", e);
    }
    // the loaded events are linked into incidents as an ingest links them (order does not matter)
    new org.sitrep.link.IncidentLinker(store).linkPending();
    return added;
  }

  private static long insert(
      Statement s, StoreRows.Table t, Path dir, String where, String onConflict, String clock)
      throws SQLException {
    if (!has(dir, t.name())) {
      return 0;
    }
    String cols = String.join(", ", t.columnNames());
    return s.executeUpdate(
        "INSERT INTO "
            + t.name()
            + " ("
            + cols
            + (clock == null ? "" : ", " + clock)
            + ") SELECT DISTINCT "
            + cols
            + (clock == null ? "" : ", now()")
            + " FROM "
            + read(dir, t.name())
            + where
            + onConflict);
  }

  /** Whether the table's folder holds a Parquet file (an empty table may have none). */
  private static boolean has(Path dir, String table) {
    Path t = dir.resolve(table);
    if (!Files.isDirectory(t)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(t)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path dir, String table) {
    String glob =
        dir.toAbsolutePath().resolve(table).toString().replace("'", "''") + "/**/*.parquet";
    return "read_parquet('" + glob + "', hive_partitioning = true)";
  }

  /** The tables the loader fills, for messages. */
  public static List<String> tables() {
    return List.of(
        "provenance",
        "articles",
        "entities",
        "places",
        "events",
        "event_participants",
        "counts",
        "quotes",
        "failures");
  }
}
