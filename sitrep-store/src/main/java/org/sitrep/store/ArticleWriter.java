package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Analysis;

/**
 * Writes analyses into the store, one article per transaction: either every row of an article is
 * there or none is, so a process killed mid-batch leaves no half article behind. An article whose
 * text (sha256) is already stored is skipped. The rows are {@link StoreRows}'. Not thread-safe: one
 * writer per thread.
 */
public final class ArticleWriter implements AutoCloseable {
  private final Connection c;
  private final Clock clock;

  public ArticleWriter(Store store) {
    this(store, Clock.systemUTC());
  }

  public ArticleWriter(Store store, Clock clock) {
    this.c = store.connection();
    this.clock = clock;
  }

  /** The uid of an event: the first 16 hex digits of its article's sha256, a dash, its id. */
  public static String eventUid(String articleSha256, String eventId) {
    return StoreRows.eventUid(articleSha256, eventId);
  }

  /**
   * Stores one analysed article and all its facts in one transaction.
   *
   * @return false when an article with the same text was already stored (nothing is written)
   */
  public boolean save(Analysis a, String origin, Provenance p) {
    return save(a, origin, p, null);
  }

  /** More work for the transaction that stores an article, after its rows are written. */
  @FunctionalInterface
  public interface AlsoInTransaction {
    void run(Connection c, Analysis a) throws SQLException;
  }

  /**
   * Stores one analysed article and its facts, and does {@code also} (the linking stage) in the
   * same transaction. When {@code also} fails, the article is stored without it and the failure is
   * recorded: a failed later stage costs that stage, not the article.
   *
   * @return false when an article with the same text was already stored (nothing is written)
   */
  public boolean save(Analysis a, String origin, Provenance p, AlsoInTransaction also) {
    if (also != null) {
      try {
        return write(a, origin, p, also);
      } catch (StoreException e) {
        if (!(e.getCause() instanceof AlsoFailed)) {
          throw e;
        }
        boolean stored = write(a, origin, p, null);
        saveFailure(
            origin,
            a.document().id(),
            "linking failed (the article is stored, its events unlinked): "
                + e.getCause().getCause().getMessage());
        return stored;
      }
    }
    return write(a, origin, p, null);
  }

  /** What {@code also} threw, told apart from a failure to store the article itself. */
  private static final class AlsoFailed extends SQLException {
    AlsoFailed(Exception cause) {
      super(cause);
    }
  }

  private boolean write(Analysis a, String origin, Provenance p, AlsoInTransaction also) {
    String sha = a.document().sha256();
    try {
      c.setAutoCommit(false);
      try {
        if (exists(sha)) {
          c.rollback();
          return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (Map.Entry<StoreRows.Table, List<Object[]>> t : StoreRows.of(a, origin, p).entrySet()) {
          StoreRows.Table table = t.getKey();
          if (table == StoreRows.PROVENANCE) {
            insert(table, t.getValue(), null, " ON CONFLICT DO NOTHING");
          } else if (table == StoreRows.ARTICLES) {
            insert(table, t.getValue(), new Extra("ingested_at", now), "");
          } else {
            insert(table, t.getValue(), null, "");
          }
        }
        if (also != null) {
          try {
            also.run(c, a);
          } catch (SQLException | RuntimeException e) {
            throw new AlsoFailed(e);
          }
        }
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        rollback(e);
        throw e;
      } finally {
        try {
          c.setAutoCommit(true);
        } catch (SQLException e) {
          // the cause already thrown says more (a failed commit leaves no transaction to end)
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store article " + a.document().id(), e);
    }
  }

  /**
   * Rolls back after {@code cause}, keeping {@code cause} as the error: when the commit itself
   * failed (a full disk) there is no transaction left, and the rollback's own complaint would hide
   * why.
   */
  private void rollback(Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Records an article that could not be read or analysed; the same failure is kept once. */
  public void saveFailure(String origin, String articleId, String reason) {
    try {
      insert(
          StoreRows.FAILURES,
          Collections.singletonList(StoreRows.failure(origin, articleId, reason)),
          new Extra("first_seen", Timestamp.from(clock.instant())),
          " ON CONFLICT DO NOTHING");
    } catch (SQLException e) {
      throw new StoreException("cannot record the failure of " + origin, e);
    }
  }

  /** A wall-clock column the writer adds after the table's own. */
  private record Extra(String column, Timestamp value) {}

  private void insert(StoreRows.Table table, List<Object[]> rows, Extra extra, String onConflict)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    List<StoreRows.Column> cols = table.columns();
    String names =
        String.join(", ", table.columnNames()) + (extra == null ? "" : ", " + extra.column());
    String marks = "?, ".repeat(cols.size() + (extra == null ? 0 : 1));
    String sql =
        "INSERT INTO "
            + table.name()
            + " ("
            + names
            + ") VALUES ("
            + marks.substring(0, marks.length() - 2)
            + ")"
            + onConflict;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < cols.size(); i++) {
          bind(ps, i + 1, cols.get(i).type(), row[i]);
        }
        if (extra != null) {
          ps.setTimestamp(cols.size() + 1, extra.value());
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, int i, StoreRows.Type type, Object v)
      throws SQLException {
    if (v == null) {
      ps.setNull(
          i,
          switch (type) {
            case STRING -> Types.VARCHAR;
            case INT -> Types.INTEGER;
            case LONG -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
          });
      return;
    }
    switch (type) {
      case STRING -> ps.setString(i, (String) v);
      case INT -> ps.setInt(i, (Integer) v);
      case LONG -> ps.setLong(i, (Long) v);
      case DOUBLE -> ps.setDouble(i, (Double) v);
      case BOOLEAN -> ps.setBoolean(i, (Boolean) v);
      case DATE -> ps.setObject(i, (LocalDate) v);
    }
  }

  private boolean exists(String sha) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE sha256 = ?")) {
      ps.setString(1, sha);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close a writer", e);
    }
  }
}
