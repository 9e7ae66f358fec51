package org.sitrep.taxonomy;

import java.util.Locale;

/** Whether and how an event happened ({@code spec/taxonomy.md}, "Status"). */
public enum EventStatus {
  OCCURRED,
  ONGOING,
  PLANNED,
  CLAIMED,
  DENIED,
  HYPOTHETICAL,
  AGREED,
  VIOLATED,
  SUSPENDED,
  /**
   * Background: the article mentions it as history, long before its publication (another year's
   * massacre). Set by the extractor for a clause that dates a background act to its day or month,
   * and by the fuse stage ({@code org.sitrep.fuse.HistoricalEvents}) for any event whose own date
   * lies more than a year before publication.
   */
  HISTORICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Which of two statuses a fused event keeps: the later stage of an agreement's life (agreed →
   * violated → suspended), an established report over a claim, anything over the default.
   */
  public static EventStatus merge(EventStatus a, EventStatus b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(EventStatus s) {
    return switch (s) {
      case SUSPENDED -> 9;
      case VIOLATED -> 8;
      case AGREED -> 7;
      case OCCURRED -> 6;
      case ONGOING -> 5;
      case CLAIMED -> 4;
      case PLANNED -> 3;
      case DENIED -> 2;
      case HYPOTHETICAL -> 1;
      case HISTORICAL -> 0;
    };
  }

  public static EventStatus parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
