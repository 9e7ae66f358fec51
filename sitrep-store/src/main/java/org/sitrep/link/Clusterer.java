package org.sitrep.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Turns links into incidents: links are taken strongest first (ties by the two uids), and each
 * joins the incidents of its two reports unless some pair across them must stay apart (another
 * town, the same article, a split the user made). The result depends on the reports and links
 * alone, never on the order they were found in.
 */
public final class Clusterer {
  private Clusterer() {}

  /** A link between two reports, by uid. */
  public record Edge(String a, String b, double score, String rule) {
    /**
     * Whether the link joins incidents: every link does but one between two events of one article
     * ({@link PairRules#NESTED}), which only lets other links put them in one incident.
     */
    public boolean joins() {
      return !rule.startsWith(PairRules.NESTED);
    }
  }

  /**
   * Groups {@code uids} into incidents.
   *
   * @param apart whether two uids may never share an incident
   * @return the incidents, each a sorted list of uids, sorted by their first uid
   */
  public static List<List<String>> cluster(
      List<String> uids, List<Edge> edges, BiPredicate<String, String> apart) {
    Map<String, TreeSet<String>> groupOf = new HashMap<>();
    for (String u : uids) {
      TreeSet<String> g = new TreeSet<>();
      g.add(u);
      groupOf.put(u, g);
    }
    List<Edge> sorted = new ArrayList<>(edges);
    sorted.sort(
        Comparator.comparingDouble(Edge::score)
            .reversed()
            .thenComparing(Edge::a)
            .thenComparing(Edge::b));
    for (Edge e : sorted) {
      TreeSet<String> ga = groupOf.get(e.a());
      TreeSet<String> gb = groupOf.get(e.b());
      if (!e.joins() || ga == null || gb == null || ga == gb || !mayJoin(ga, gb, apart)) {
        continue;
      }
      TreeSet<String> big = ga.size() >= gb.size() ? ga : gb;
      TreeSet<String> small = big == ga ? gb : ga;
      big.addAll(small);
      for (String u : small) {
        groupOf.put(u, big);
      }
    }
    TreeMap<String, List<String>> out = new TreeMap<>();
    for (TreeSet<String> g : groupOf.values()) {
      out.putIfAbsent(g.first(), List.copyOf(g));
    }
    return List.copyOf(out.values());
  }

  private static boolean mayJoin(
      TreeSet<String> a, TreeSet<String> b, BiPredicate<String, String> apart) {
    for (String x : a) {
      for (String y : b) {
        if (apart.test(x, y)) {
          return false;
        }
      }
    }
    return true;
  }
}
