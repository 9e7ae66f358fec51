package org.sitrep.feeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * What the watcher knows, kept in the store (tables {@code watched_feeds} and {@code
 * watched_items}): each feed's validators for conditional GET, and each item seen with what became
 * of it. Every write is its own statement, so a killed watcher leaves a consistent state.
 */
public final class WatchState implements AutoCloseable {
  /** A feed's validators from its last complete poll. */
  public record Validators(String etag, String lastModified) {}

  /** What became of an item so far. */
  public record Item(String outcome, int attempts) {
    public boolean settled(int maxAttempts) {
      return !outcome.equals("failed") || attempts >= maxAttempts;
    }
  }

  private final Connection c;
  private final Clock clock;

  public WatchState(Store store, Clock clock) {
    this.c = store.connection();
    this.clock = clock;
  }

  public Optional<Validators> validators(String feedUrl) {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT etag, last_modified FROM watched_feeds WHERE url = ?")) {
      ps.setString(1, feedUrl);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Validators(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the state of feed " + feedUrl, e);
    }
  }

  /**
   * Records a poll. {@code validators} replace the saved ones when not null (after a complete
   * poll); otherwise the old ones are kept, so items not yet settled are seen again.
   */
  public void polled(String feedUrl, Validators validators, String status) {
    String sql =
        validators == null
            ? "INSERT INTO watched_feeds (url, last_polled, last_status) VALUES (?, ?, ?)"
                + " ON CONFLICT (url) DO UPDATE SET last_polled = excluded.last_polled,"
                + " last_status = excluded.last_status"
            : "INSERT INTO watched_feeds (url, last_polled, last_status, etag, last_modified)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                + " last_polled = excluded.last_polled, last_status = excluded.last_status,"
                + " etag = excluded.etag, last_modified = excluded.last_modified";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, feedUrl);
      ps.setTimestamp(2, Timestamp.from(clock.instant()));
      ps.setString(3, status);
      if (validators != null) {
        ps.setString(4, validators.etag());
        ps.setString(5, validators.lastModified());
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot save the state of feed " + feedUrl, e);
    }
  }

  public Optional<Item> item(String canonicalUrl) {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT outcome, attempts FROM watched_items WHERE canonical_url = ?")) {
      ps.setString(1, canonicalUrl);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Item(rs.getString(1), rs.getInt(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the state of " + canonicalUrl, e);
    }
  }

  /** Records what became of an item: stored, duplicate or failed (attempts count up). */
  public void settle(
      String canonicalUrl, String feedUrl, String outcome, String sha256, String reason) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO watched_items (canonical_url, feed_url, outcome, article_sha256, attempts,"
                + " reason, first_seen, last_tried) VALUES (?, ?, ?, ?, 1, ?, ?, ?)"
                + " ON CONFLICT (canonical_url) DO UPDATE SET outcome = excluded.outcome,"
                + " article_sha256 = excluded.article_sha256, reason = excluded.reason,"
                + " attempts = watched_items.attempts + 1, last_tried = excluded.last_tried")) {
      Timestamp now = Timestamp.from(clock.instant());
      ps.setString(1, canonicalUrl);
      ps.setString(2, feedUrl);
      ps.setString(3, outcome);
      ps.setString(4, sha256);
      ps.setString(5, reason);
      ps.setTimestamp(6, now);
      ps.setTimestamp(7, now);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot save the state of " + canonicalUrl, e);
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // closing a duplicate connection cannot lose data
    }
  }
}
