package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;

/** A fast, deterministic stand-in for the NLP stages: one place and one event per article. */
public final class StubAnalyzer implements Ingester.Analyzer {
  private final long delayMillis;

  public StubAnalyzer(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  @Override
  public Analysis analyze(CleanDocument d) {
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (d.text().contains("FAIL-ME")) {
      throw new IllegalStateException("stub refuses this article");
    }
    String text = d.text();
    int end = Math.min(text.length(), Math.max(1, text.indexOf('.') + 1));
    int h = Math.abs(d.sha256().hashCode());
    LocalDate day = d.published() != null ? d.published() : LocalDate.of(2022, 3, 1 + h % 28);
    String word = text.substring(0, Math.min(text.length(), Math.max(1, text.indexOf(' '))));
    Place place =
        new Place("p1", "Kharkiv", 706483L, 49.98 + (h % 100) / 1000.0, 36.25, "UA", "Kharkiv",
            "city", 0.9, List.of(new Mention(0, word.length(), word)), false);
    Event event =
        new Event("v1", "ATTACK.SHELLING", "occurred",
            new EventDate(day, day, DatePrecision.DAY, "today"), "p1",
            List.of(new Participant("Russian forces", null, "RU", "state-forces")),
            List.of(new Participant("civilians", null, "UA", "civilians")),
            List.of(new Count("killed", (long) (h % 7), (long) (h % 7), (long) (h % 7), false, "killed")),
            null, List.of(new Evidence(0, end)), 0.8);
    return new Analysis(
        DocumentInfo.of(d), List.of(), List.of(place), List.of(event), List.of(), List.of(),
        d.toSource());
  }
}
