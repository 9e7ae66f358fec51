package org.sitrep.eval;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Incident linking figures (see {@link IncidentScorer}).
 *
 * @param goldPairs pairs of articles that share a gold incident
 * @param pairs the system's linked pairs against the gold pairs
 * @param baseline the same-publication-day baseline's pairs against the gold pairs
 * @param multiIncidents gold incidents reported by two or more articles
 * @param contested those whose articles give different killed figures
 * @param contestedLinkedWhole contested gold incidents the system links whole
 * @param contestedKept of those, the ones whose incident keeps two or more distinct claims
 */
public record IncidentScores(
    int goldPairs,
    Prf pairs,
    Prf baseline,
    int multiIncidents,
    int contested,
    int contestedLinkedWhole,
    int contestedKept) {
  public Ratio contestedKeptShare() {
    return new Ratio(contestedKept, contestedLinkedWhole);
  }

  public void print(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "incidents (pairs of articles, %d gold pairs, %d gold incidents of 2+ articles)%n",
        goldPairs,
        multiIncidents);
    out.printf(
        Locale.ROOT,
        "  linked pairs      %s  (tp %d, fp %d, fn %d)%n",
        pairs.format(),
        pairs.tp(),
        pairs.fp(),
        pairs.fn());
    out.printf(
        Locale.ROOT,
        "  same-day baseline %s  (tp %d, fp %d, fn %d)%n",
        baseline.format(),
        baseline.tp(),
        baseline.fp(),
        baseline.fn());
    out.printf(
        Locale.ROOT,
        "  contested figures kept %s of %d contested gold incidents linked whole (%d contested)%n",
        contestedKeptShare().format(),
        contestedLinkedWhole,
        contested);
  }

  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gold_pairs", goldPairs);
    out.put("pairs", pairs.toJson());
    out.put("baseline_same_day", baseline.toJson());
    out.put("multi_article_incidents", multiIncidents);
    out.put("contested", contested);
    out.put("contested_linked_whole", contestedLinkedWhole);
    out.put("contested_kept", contestedKeptShare().toJson());
    return out;
  }

  /** {@code incidents F1 0.800 (P 0.8 R 0.8) baseline F1 0.5, contested kept 0.9}. */
  public String summary() {
    return "incidents F1 "
        + pairs.f1().formatValue()
        + " (P "
        + pairs.precision().formatValue()
        + " R "
        + pairs.recall().formatValue()
        + "), same-day baseline F1 "
        + baseline.f1().formatValue()
        + " (P "
        + baseline.precision().formatValue()
        + "), contested kept "
        + contestedKeptShare().formatValue();
  }
}
