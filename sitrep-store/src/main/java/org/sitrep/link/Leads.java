package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of an article's events is its lead: per family, the event whose first evidence sentence
 * comes first in the text (the headline or opening paragraph of a news report). The others of the
 * family are mentions, often of earlier events as context ("it came a day after strikes on ...").
 */
final class Leads {
  private Leads() {}

  /**
   * The reports of one article, each marked as its family's lead or not.
   *
   * @param starts where each report's first evidence sentence starts, in the same order
   */
  static List<Report> mark(List<Report> reports, List<Integer> starts) {
    Map<String, Integer> first = new HashMap<>();
    Map<String, String> leadUid = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      int at = starts.get(i);
      Integer was = first.get(r.family());
      if (was == null
          || at < was
          || (at == was && r.uid().compareTo(leadUid.get(r.family())) < 0)) {
        first.put(r.family(), at);
        leadUid.put(r.family(), r.uid());
      }
    }
    List<Report> out = new ArrayList<>(reports.size());
    for (Report r : reports) {
      out.add(r.withLead(r.uid().equals(leadUid.get(r.family()))));
    }
    return out;
  }
}
