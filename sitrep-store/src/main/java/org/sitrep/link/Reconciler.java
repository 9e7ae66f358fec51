package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every figure the reports of one incident give, claim by claim, and the incident's reconciled
 * figure per count kind. The rule (README, "Incidents"), conservative as ACLED's:
 *
 * <ol>
 *   <li>each article's claim for a kind is its largest figure of that kind over its reports;
 *   <li>a claim is credible when its report's confidence is at least {@value #CREDIBLE}; when no
 *       claim of a kind is, all are taken;
 *   <li>a credible claim is superseded by a later report (a later publication day) of a higher
 *       figure: a rising toll; superseded claims stay listed;
 *   <li>the incident's range is the lowest and highest of the current credible claims, its {@code
 *       value} the lowest (the most conservative credible figure), and it is {@code contested} when
 *       two current credible claims do not overlap.
 * </ol>
 */
public final class Reconciler {
  static final double CREDIBLE = 0.5;

  private Reconciler() {}

  /** One report's figure of one kind. */
  public record Claim(
      String kind,
      Long value,
      long min,
      long max,
      String event,
      String article,
      String document,
      String outlet,
      String source,
      LocalDate reported,
      double confidence,
      String text,
      boolean credible,
      boolean superseded) {}

  /** A count kind's claims and reconciled figure. */
  public record Figure(long min, long max, long value, boolean contested, List<Claim> claims) {
    /** How many different figures the claims give. */
    public int distinctClaims() {
      Set<String> seen = new HashSet<>();
      for (Claim c : claims) {
        seen.add(c.min() + "-" + c.max());
      }
      return seen.size();
    }
  }

  /** The figures of an incident by kind, in kind order. */
  public static Map<String, Figure> reconcile(List<Report> reports) {
    Map<String, List<Claim>> byKind = new TreeMap<>();
    // one claim per article and kind: its largest figure, over its events in the incident
    Map<String, Report> reportOf = new LinkedHashMap<>();
    Map<String, Report.Figure> largest = new LinkedHashMap<>();
    for (Report r : reports) {
      for (Report.Figure f : r.claims()) {
        String key = r.article() + " " + f.kind().toLowerCase(Locale.ROOT);
        Report.Figure was = largest.get(key);
        if (was == null
            || f.high() > was.high()
            || (f.high() == was.high() && r.uid().compareTo(reportOf.get(key).uid()) < 0)) {
          largest.put(key, f);
          reportOf.put(key, r);
        }
      }
    }
    for (Map.Entry<String, Report.Figure> kf : largest.entrySet()) {
      Report r = reportOf.get(kf.getKey());
      Report.Figure f = kf.getValue();
      byKind
          .computeIfAbsent(f.kind().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(
              new Claim(
                  f.kind(),
                  f.value(),
                  f.low(),
                  f.high(),
                  r.uid(),
                  r.article(),
                  r.documentId(),
                  r.outlet(),
                  r.source(),
                  r.published(),
                  r.confidence(),
                  f.text(),
                  false,
                  false));
    }
    Map<String, Figure> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Claim>> e : byKind.entrySet()) {
      out.put(e.getKey(), figure(e.getValue()));
    }
    return out;
  }

  private static Figure figure(List<Claim> raw) {
    boolean anyCredible = raw.stream().anyMatch(c -> c.confidence() >= CREDIBLE);
    List<Claim> marked = new ArrayList<>();
    for (Claim c : raw) {
      boolean credible = !anyCredible || c.confidence() >= CREDIBLE;
      boolean superseded = false;
      if (credible) {
        for (Claim later : raw) {
          boolean laterCredible = !anyCredible || later.confidence() >= CREDIBLE;
          if (laterCredible
              && c.reported() != null
              && later.reported() != null
              && later.reported().isAfter(c.reported())
              && later.min() > c.max()) {
            superseded = true;
            break;
          }
        }
      }
      marked.add(
          new Claim(
              c.kind(),
              c.value(),
              c.min(),
              c.max(),
              c.event(),
              c.article(),
              c.document(),
              c.outlet(),
              c.source(),
              c.reported(),
              c.confidence(),
              c.text(),
              credible,
              superseded));
    }
    marked.sort(
        Comparator.comparing(Claim::reported, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Claim::min)
            .thenComparing(Claim::event));
    long lowest = Long.MAX_VALUE;
    long highest = Long.MIN_VALUE;
    long lowestHigh = Long.MAX_VALUE;
    for (Claim c : marked) {
      if (c.credible() && !c.superseded()) {
        lowest = Math.min(lowest, c.min());
        highest = Math.max(highest, c.max());
        lowestHigh = Math.min(lowestHigh, c.max());
      }
    }
    boolean contested = highest != Long.MIN_VALUE && lowestOfHighsBelow(marked, lowestHigh);
    return new Figure(lowest, highest, lowest, contested, List.copyOf(marked));
  }

  /** Whether some current credible claim starts above the lowest current credible maximum. */
  private static boolean lowestOfHighsBelow(List<Claim> claims, long lowestHigh) {
    for (Claim c : claims) {
      if (c.credible() && !c.superseded() && c.min() > lowestHigh) {
        return true;
      }
    }
    return false;
  }
}
