package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;

/**
 * An open sitrep database. Opening migrates the schema to the newest version (Flyway, scripts in
 * {@code db/migration}), so a newer sitrep opens an older file. One {@code Store} per process; each
 * thread takes its own {@link #connection()}.
 */
public final class Store implements AutoCloseable {
  /** Tables in the order their rows depend on each other. */
  public static final List<String> TABLES =
      List.of(
          "provenance",
          "articles",
          "entities",
          "places",
          "events",
          "event_participants",
          "counts",
          "quotes",
          "failures",
          "incident_reports",
          "incidents",
          "incident_events",
          "incident_links",
          "incident_splits");

  private final String url;
  private final DuckDBConnection root;

  private Store(String url, Path file) {
    this.url = url;
    try {
      migrate(url);
      this.root = (DuckDBConnection) DriverManager.getConnection(url, new Properties());
    } catch (SQLException | RuntimeException e) {
      String holder = lockHolder(e);
      if (holder != null) {
        throw new StoreLockedException(file, holder, e);
      }
      if (e instanceof RuntimeException r
          && !(e instanceof org.flywaydb.core.api.FlywayException)) {
        throw r;
      }
      throw new StoreException("cannot open " + file + ": " + firstLine(e));
    }
  }

  /**
   * When the failure is DuckDB's file lock, who holds it ("PID 4242", or "another process"); else
   * null.
   */
  private static String lockHolder(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("Could not set lock") || m.contains("Conflicting lock"))) {
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("PID (\\d+)").matcher(m);
        return pid.find() ? "PID " + pid.group(1) : "another process";
      }
    }
    return null;
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String m = String.valueOf(root.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Opens (creating if needed) the database file and migrates its schema. */
  public static Store open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the folder for " + file, e);
    }
    return new Store("jdbc:duckdb:" + file.toAbsolutePath(), file);
  }

  /**
   * Opens a store that must already exist: a mistyped path ({@code --db typo.duckdb}) is refused
   * instead of becoming a new, empty store.
   */
  public static Store openExisting(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          "no store at " + file + " (check the path, run sitrep ingest, or give --create)");
    }
    return open(file);
  }

  private static void migrate(String url) {
    try {
      Flyway.configure(Store.class.getClassLoader())
          .dataSource(url, "", "")
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (org.flywaydb.core.api.FlywayException e) {
      // Flyway's own message names a database user, which DuckDB has not: give the cause
      throw new StoreException("cannot open " + url.substring("jdbc:duckdb:".length()), e);
    }
  }

  /** A new connection to the same database, for one thread; the caller closes it. */
  public Connection connection() {
    try {
      return root.duplicate();
    } catch (SQLException e) {
      throw new StoreException("cannot open a connection", e);
    }
  }

  public String url() {
    return url;
  }

  /** The schema version Flyway applied last. */
  public String schemaVersion() {
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : "none";
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version", e);
    }
  }

  /** Rows per table, in {@link #TABLES} order. */
  public Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      for (String t : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
          rs.next();
          counts.put(t, rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count rows", e);
    }
    return counts;
  }

  /**
   * A digest per table of every row's content, rows in key order, leaving out only the wall-clock
   * columns (when an article was ingested, when a failure was first seen). Two stores holding the
   * same facts have the same digests, whatever order or how many runs wrote them.
   */
  public Map<String, String> contentDigest() {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      for (String t : TABLES) {
        String exclude =
            switch (t) {
              case "articles" -> " EXCLUDE (ingested_at)";
              case "failures" -> " EXCLUDE (first_seen)";
              case "incident_splits" -> " EXCLUDE (created_at)";
              default -> "";
            };
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        try (ResultSet rs = s.executeQuery("SELECT *" + exclude + " FROM " + t + " ORDER BY ALL")) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              Object v = rs.getObject(i);
              md.update(String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
              md.update((byte) 0);
            }
            md.update((byte) '\n');
          }
        }
        out.put(t, java.util.HexFormat.of().formatHex(md.digest()));
      }
    } catch (SQLException | java.security.NoSuchAlgorithmException e) {
      throw new StoreException("cannot digest the store", e);
    }
    return out;
  }

  public boolean hasArticle(String sha256) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up article " + sha256, e);
    }
  }

  /** Every failure recorded, oldest first. */
  public List<Failure> failures() {
    List<Failure> out = new ArrayList<>();
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT origin, article_id, reason FROM failures ORDER BY first_seen, origin")) {
      while (rs.next()) {
        out.add(new Failure(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read failures", e);
    }
    return out;
  }

  /** An article that could not be read or analysed. */
  public record Failure(String origin, String articleId, String reason) {}

  @Override
  public void close() {
    try {
      root.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + url, e);
    }
  }
}
