package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.taxonomy.EventStatus;

/**
 * The last step of the fuse stage: an event the article dates, by a date expression of its own, to
 * a period that ended more than {@link #THRESHOLD_DAYS} days before the article's publication is
 * background, and gets status {@code historical} (output contract, "Status historical"). It keeps
 * its type, place, date, figures and evidence; maps, timelines and headline figures leave it out by
 * default.
 *
 * <p>The threshold is one year: a report's own news is at most months old ("since April", "last
 * autumn's offensive" are still the story), while "on April 19, 1995" or "in January 1972" in a
 * later article is history. An event dated only by the publication date (no expression of its own)
 * is never historical, and nor is an event without a publication date to compare against.
 */
public final class HistoricalEvents {
  /** How long before publication an event's own date must have ended to be history. */
  public static final int THRESHOLD_DAYS = 365;

  /** The events, those dated well before {@code published} marked historical. */
  public List<Event> mark(List<Event> events, LocalDate published) {
    if (published == null) {
      return events;
    }
    LocalDate cutoff = published.minusDays(THRESHOLD_DAYS);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(isHistory(e.date(), cutoff) ? e.withStatus(EventStatus.HISTORICAL.label()) : e);
    }
    return out;
  }

  private static boolean isHistory(EventDate d, LocalDate cutoff) {
    if (d == null || d.text() == null || d.start() == null) {
      return false;
    }
    LocalDate end = d.end() != null ? d.end() : d.start();
    return end.isBefore(cutoff);
  }
}
