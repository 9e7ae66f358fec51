package org.sitrep.link;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kept reports a linker has read, by stretches of {@value #BUCKET_DAYS} days of their first
 * day: a stretch is read from the store once, and the reports the linker writes afterwards are
 * added to it, so that finding a new article's rivals asks the store nothing once its days have
 * been read. The linker forgets it at the end of each batch ({@link IncidentLinker#flush()}), when
 * other writers' reports may have arrived.
 */
final class RivalCache {
  static final int BUCKET_DAYS = 8;

  private final Map<Long, List<Report>> buckets = new HashMap<>();

  /**
   * Reports of other articles, kept or {@code held}, that might tell of the same happening as one
   * of {@code reports} that may link at all ({@link PairRules#mayLink}): the same family, a
   * compatible status, days that can overlap. In uid order. (Each pair is judged on its own.)
   */
  List<Report> rivals(Connection c, List<Report> reports, Collection<Report> held)
      throws SQLException {
    List<Report> linkable = new ArrayList<>();
    for (Report r : reports) {
      if (PairRules.mayLink(r)) {
        linkable.add(r);
      }
    }
    if (linkable.isEmpty()) {
      return List.of();
    }
    String article = reports.get(0).article();
    Map<String, Report> out = new TreeMap<>();
    for (Report r : linkable) {
      long from = bucketOf(r.first().minusDays(PairRules.MAX_SPAN_DAYS));
      for (long k = from; k <= bucketOf(r.last()); k++) {
        for (Report o : bucket(c, k)) {
          if (candidate(o, linkable, article)) {
            out.put(o.uid(), o);
          }
        }
      }
    }
    for (Report o : held) {
      if (candidate(o, linkable, article)) {
        out.put(o.uid(), o);
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Adds reports just written to the store to the stretches already read. */
  void saved(Collection<Report> reports) {
    for (Report r : reports) {
      if (r.first() != null) {
        List<Report> b = buckets.get(bucketOf(r.first()));
        if (b != null) {
          b.add(r);
        }
      }
    }
  }

  /** Forgets everything read. */
  void clear() {
    buckets.clear();
  }

  /**
   * Whether {@code o} may be one incident with one of {@code linkable}: another article, the same
   * family, a compatible status, and a first day no earlier than {@value PairRules#MAX_SPAN_DAYS}
   * days before that report's (a longer span links nothing) and days that reach it.
   */
  private static boolean candidate(Report o, List<Report> linkable, String article) {
    if (o.first() == null || o.article().equals(article)) {
      return false;
    }
    for (Report r : linkable) {
      if (r.family().equals(o.family())
          && PairRules.compatibleStatus(r.status(), o.status())
          && !o.first().isBefore(r.first().minusDays(PairRules.MAX_SPAN_DAYS))
          && !o.first().isAfter(r.last())
          && !o.last().isBefore(r.first())) {
        return true;
      }
    }
    return false;
  }

  private List<Report> bucket(Connection c, long k) throws SQLException {
    List<Report> b = buckets.get(k);
    if (b == null) {
      b =
          new ArrayList<>(
              ReportLoader.firstDayBetween(
                  c,
                  LocalDate.ofEpochDay(k * BUCKET_DAYS),
                  LocalDate.ofEpochDay((k + 1) * BUCKET_DAYS)));
      buckets.put(k, b);
    }
    return b;
  }

  private static long bucketOf(LocalDate d) {
    return Math.floorDiv(d.toEpochDay(), BUCKET_DAYS);
  }
}
