package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;

/** The shipped confidence weights: what supports an event raises its confidence. */
class EventConfidenceTest {
  private final EventConfidence confidence = EventConfidence.load();

  private static Event event(String type, String place) {
    LocalDate day = LocalDate.of(2025, 3, 14);
    return new Event(
        "v1",
        type,
        "occurred",
        new EventDate(day, day, DatePrecision.DAY, "on Friday"),
        place,
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(new Evidence(0, 40)),
        0.7);
  }

  @Test
  void aPlaceSupportsAnAttackButAStatementNeedsNone() {
    double placed = confidence.calibrated(event("ATTACK.SHELLING", "p1")).confidence();
    double unplaced = confidence.calibrated(event("ATTACK.SHELLING", null)).confidence();
    assertThat(placed).isGreaterThan(unplaced);
    // an appeal is placed by its speaker; where it was said is seldom written and never doubted
    double appeal = confidence.calibrated(event("APPEAL", null)).confidence();
    assertThat(appeal).isEqualTo(confidence.calibrated(event("APPEAL", "p1")).confidence());
    assertThat(appeal).isBetween(0.0, 1.0);
  }
}
