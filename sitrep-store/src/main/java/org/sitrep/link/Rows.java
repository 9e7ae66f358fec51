package org.sitrep.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;

/** Many rows in one statement: the linker writes a few statements per article, not one per row. */
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
