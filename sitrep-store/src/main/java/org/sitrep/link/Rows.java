package org.sitrep.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Many rows at once: the linker writes a few statements per article, not one per row; plain rows go
 * through DuckDB's appender, which skips parsing and binding a statement of thousands of
 * parameters.
 */
final class Rows {
  private static final int CHUNK = 200;

  private Rows() {}

  /** Inserts rows of {@code columns} values each; {@code tail} follows the VALUES list. */
  static void insert(Connection c, String table, int columns, List<Object[]> rows, String tail)
      throws SQLException {
    String one = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    for (int i = 0; i < rows.size(); i += CHUNK) {
      List<Object[]> part = rows.subList(i, Math.min(rows.size(), i + CHUNK));
      String sql =
          "INSERT INTO "
              + table
              + " VALUES "
              + String.join(", ", Collections.nCopies(part.size(), one))
              + tail;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int k = 1;
        for (Object[] row : part) {
          for (Object v : row) {
            if (v == null) {
              ps.setNull(k++, Types.NULL);
            } else {
              ps.setObject(k++, v);
            }
          }
        }
        ps.executeUpdate();
      }
    }
  }

  /**
   * Appends rows to {@code table} (all its columns, in order) with DuckDB's appender, in the
   * connection's transaction when one is open.
   */
  static void append(Connection c, String table, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (!c.getAutoCommit()) {
      // DuckDB begins a transaction at its first statement; an appender used before any would
      // commit on its own
      try (Statement s = c.createStatement()) {
        s.execute("SELECT 1");
      }
    }
    try (DuckDBAppender ap = c.unwrap(DuckDBConnection.class).createAppender("main", table)) {
      for (Object[] row : rows) {
        ap.beginRow();
        for (Object v : row) {
          put(ap, v);
        }
        ap.endRow();
      }
    }
  }

  private static void put(DuckDBAppender ap, Object v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else if (v instanceof String x) {
      ap.append(x);
    } else if (v instanceof Long x) {
      ap.append(x.longValue());
    } else if (v instanceof Integer x) {
      ap.append(x.intValue());
    } else if (v instanceof Double x) {
      ap.append(x.doubleValue());
    } else if (v instanceof Boolean x) {
      ap.append(x.booleanValue());
    } else if (v instanceof LocalDate x) {
      ap.append(x);
    } else {
      throw new SQLException("cannot append a " + v.getClass().getSimpleName());
    }
  }

  /** Deletes the rows whose {@code column} is one of {@code values}. */
  static void delete(Connection c, String table, String column, List<String> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i += CHUNK) {
      List<String> part = values.subList(i, Math.min(values.size(), i + CHUNK));
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM "
                  + table
                  + " WHERE "
                  + column
                  + " IN ("
                  + String.join(", ", Collections.nCopies(part.size(), "?"))
                  + ")")) {
        int k = 1;
        for (String v : part) {
          ps.setString(k++, v);
        }
        ps.executeUpdate();
      }
    }
  }
}
