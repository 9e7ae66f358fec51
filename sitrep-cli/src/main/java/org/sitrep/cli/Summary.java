package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;

/**
 * A readable summary of one article's analysis, for a terminal: title, date and source; events by
 * family; the top events with place, date and figures; quotes by speaker. The JSON stays what pipes
 * and {@code --format json|jsonl} get.
 */
final class Summary {
  /** How many events and speakers the summary lists. */
  static final int TOP = 5;

  private Summary() {}

  static String of(Analysis a) {
    StringBuilder b = new StringBuilder();
    var d = a.document();
    String title = firstNonBlank(d.title(), d.source(), d.id(), d.sha256().substring(0, 12));
    b.append("== ").append(title).append('\n');
    List<String> meta = new ArrayList<>();
    meta.add(d.published() == null ? "undated" : d.published().toString());
    if (d.source() != null && !d.source().equals(title)) {
      meta.add(d.source());
    }
    meta.add(plural(a.events().size(), "event") + ", " + plural(a.quotes().size(), "quote"));
    b.append("   ").append(String.join(" · ", meta)).append('\n');
    if (!a.events().isEmpty()) {
      Map<String, Integer> families = new TreeMap<>();
      for (Event e : a.events()) {
        families.merge(e.family(), 1, Integer::sum);
      }
      List<String> parts = new ArrayList<>();
      families.forEach((f, n) -> parts.add(f + " " + n));
      b.append("   by family: ").append(String.join(", ", parts)).append('\n');
      Map<String, Place> places = new HashMap<>();
      for (Place p : a.places()) {
        places.put(p.id(), p);
      }
      List<Event> top = new ArrayList<>(a.events());
      top.sort(
          Comparator.comparing((Event e) -> e.status().equals("historical"))
              .thenComparing(Comparator.comparingLong(Summary::killed).reversed())
              .thenComparing(Comparator.comparingDouble(Event::confidence).reversed()));
      b.append("   top events:\n");
      for (Event e : top.subList(0, Math.min(TOP, top.size()))) {
        b.append("     ").append(line(e, places.get(e.place()))).append('\n');
      }
      if (top.size() > TOP) {
        b.append("     … and ").append(top.size() - TOP).append(" more\n");
      }
    }
    if (!a.quotes().isEmpty()) {
      Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
      for (Quote q : a.quotes()) {
        String who = q.speaker() == null ? "(unattributed)" : q.speaker().name();
        bySpeaker.computeIfAbsent(who, k -> new ArrayList<>()).add(q);
      }
      b.append("   quotes by speaker:\n");
      int shown = 0;
      for (Map.Entry<String, List<Quote>> e : bySpeaker.entrySet()) {
        if (shown++ == TOP) {
          b.append("     … and ").append(bySpeaker.size() - TOP).append(" more speakers\n");
          break;
        }
        b.append("     ")
            .append(e.getKey())
            .append(" (")
            .append(e.getValue().size())
            .append("): “")
            .append(clip(e.getValue().get(0).text(), 70))
            .append("”\n");
      }
    }
    return b.toString();
  }

  private static String line(Event e, Place p) {
    List<String> parts = new ArrayList<>();
    parts.add(e.type());
    parts.add(p == null ? "no place" : p.name() + (p.country() == null ? "" : ", " + p.country()));
    parts.add(
        e.date() == null || e.date().start() == null ? "undated" : e.date().start().toString());
    List<String> figures = new ArrayList<>();
    for (Count c : e.counts()) {
      String n = c.value() != null ? String.valueOf(c.value()) : c.min() + "–" + c.max();
      figures.add(c.kind() + " " + n);
    }
    if (!figures.isEmpty()) {
      parts.add(String.join(", ", figures));
    }
    parts.add(e.status() + String.format(Locale.ROOT, " %.2f", e.confidence()));
    return String.join(" · ", parts);
  }

  private static long killed(Event e) {
    long k = 0;
    for (Count c : e.counts()) {
      if (c.kind().equals("killed")) {
        long v = c.value() != null ? c.value() : c.min() != null ? c.min() : 0;
        k = Math.max(k, v);
      }
    }
    return k;
  }

  private static String clip(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String firstNonBlank(String... s) {
    for (String x : s) {
      if (x != null && !x.isBlank()) {
        return x.strip();
      }
    }
    return "";
  }
}
