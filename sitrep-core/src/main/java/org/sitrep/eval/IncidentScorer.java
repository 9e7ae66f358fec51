package org.sitrep.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores incident linking on a set whose key gives each article's {@code incident} (gold-format.md,
 * "incidents"): over all pairs of articles, recall is the share of pairs sharing a gold incident
 * that the system puts in one ATTACK-family incident, precision the share of such linked pairs that
 * share a gold incident. Contested figures: of the gold incidents whose articles give different
 * killed figures and that the system links whole, the share whose incident keeps two or more
 * distinct claims. The naive baseline links every two articles with an attack published on the same
 * day.
 */
public final class IncidentScorer {
  private IncidentScorer() {}

  /** One predicted incident: the documents reporting it and its killed claims. */
  public record Predicted(List<String> documents, List<Long> killedClaims) {}

  /** An article as the baseline sees it. */
  public record Article(LocalDate published, boolean reportsAttack) {}

  /**
   * @param predicted the system's ATTACK-family incidents
   * @param articles the articles by id, for the same-day baseline
   */
  public static IncidentScores score(
      GoldSet gold, List<Predicted> predicted, Map<String, Article> articles) {
    Map<String, String> key = new LinkedHashMap<>();
    Map<String, Long> killed = new HashMap<>();
    for (GoldDocument d : gold.documents()) {
      if (d.incident() != null) {
        key.put(d.id(), d.incident());
        if (d.counts() != null && d.counts().get("killed") != null) {
          killed.put(d.id(), d.counts().get("killed"));
        }
      }
    }
    Set<String> goldPairs = new HashSet<>();
    List<String> ids = new ArrayList<>(key.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (key.get(ids.get(i)).equals(key.get(ids.get(j)))) {
          goldPairs.add(pair(ids.get(i), ids.get(j)));
        }
      }
    }
    Set<String> linked = new HashSet<>();
    for (Predicted p : predicted) {
      List<String> docs = new ArrayList<>(new TreeSet<>(p.documents()));
      docs.removeIf(d -> !key.containsKey(d));
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          linked.add(pair(docs.get(i), docs.get(j)));
        }
      }
    }
    Set<String> baseline = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      Article a = articles.get(ids.get(i));
      if (a == null || !a.reportsAttack() || a.published() == null) {
        continue;
      }
      for (int j = i + 1; j < ids.size(); j++) {
        Article b = articles.get(ids.get(j));
        if (b != null && b.reportsAttack() && a.published().equals(b.published())) {
          baseline.add(pair(ids.get(i), ids.get(j)));
        }
      }
    }
    // contested gold incidents: several articles, different killed figures
    Map<String, List<String>> byIncident = new LinkedHashMap<>();
    key.forEach((doc, inc) -> byIncident.computeIfAbsent(inc, k -> new ArrayList<>()).add(doc));
    int multi = 0;
    int contested = 0;
    int linkedWhole = 0;
    int kept = 0;
    for (List<String> docs : byIncident.values()) {
      if (docs.size() < 2) {
        continue;
      }
      multi++;
      Set<Long> figures = new HashSet<>();
      for (String d : docs) {
        if (killed.containsKey(d)) {
          figures.add(killed.get(d));
        }
      }
      if (figures.size() < 2) {
        continue;
      }
      contested++;
      Predicted whole = null;
      for (Predicted p : predicted) {
        if (p.documents().containsAll(docs) && (whole == null || distinct(p) > distinct(whole))) {
          whole = p;
        }
      }
      if (whole != null) {
        linkedWhole++;
        if (distinct(whole) >= 2) {
          kept++;
        }
      }
    }
    return new IncidentScores(
        goldPairs.size(),
        prf(count(linked, goldPairs), linked.size(), goldPairs.size()),
        prf(count(baseline, goldPairs), baseline.size(), goldPairs.size()),
        multi,
        contested,
        linkedWhole,
        kept);
  }

  private static Prf prf(int tp, int predicted, int gold) {
    return new Prf(tp, predicted - tp, gold - tp);
  }

  private static long distinct(Predicted p) {
    return p.killedClaims().stream().filter(Objects::nonNull).distinct().count();
  }

  private static int count(Set<String> pairs, Set<String> gold) {
    int n = 0;
    for (String p : pairs) {
      if (gold.contains(p)) {
        n++;
      }
    }
    return n;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }
}
