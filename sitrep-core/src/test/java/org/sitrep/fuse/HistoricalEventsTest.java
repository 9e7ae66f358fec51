package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;

class HistoricalEventsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(1997, 5, 20);

  private static Event dated(LocalDate start, LocalDate end, DatePrecision p, String text) {
    return new Event(
        "v1",
        "ATTACK.EXPLOSIVE",
        "occurred",
        new EventDate(start, end, p, text),
        null,
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(new Evidence(0, 10)),
        0.8);
  }

  private static String statusOf(Event e) {
    return new HistoricalEvents().mark(List.of(e), PUBLISHED).get(0).status();
  }

  @Test
  void anEventDatedTwoYearsBeforePublicationIsHistorical() {
    LocalDate d = LocalDate.of(1995, 4, 19);
    assertThat(statusOf(dated(d, d, DatePrecision.DAY, "April 19, 1995"))).isEqualTo("historical");
  }

  @Test
  void aMonthDecadesBackIsHistorical() {
    Event e =
        dated(
            LocalDate.of(1972, 1, 1),
            LocalDate.of(1972, 1, 31),
            DatePrecision.MONTH,
            "January 1972");
    assertThat(statusOf(e)).isEqualTo("historical");
  }

  @Test
  void lastMonthsNewsIsNotHistorical() {
    LocalDate d = LocalDate.of(1997, 3, 2);
    assertThat(statusOf(dated(d, d, DatePrecision.DAY, "March 2"))).isEqualTo("occurred");
  }

  @Test
  void lastYearStillEndingWithinTheYearIsNotHistorical() {
    Event e =
        dated(
            LocalDate.of(1996, 1, 1), LocalDate.of(1996, 12, 31), DatePrecision.YEAR, "last year");
    assertThat(statusOf(e)).isEqualTo("occurred");
  }

  @Test
  void anEventDatedOnlyByThePublicationDateIsNeverHistorical() {
    LocalDate d = LocalDate.of(1990, 1, 1);
    assertThat(statusOf(dated(d, d, DatePrecision.WEEK, null))).isEqualTo("occurred");
  }

  @Test
  void withoutAPublicationDateNothingChanges() {
    LocalDate d = LocalDate.of(1972, 1, 30);
    Event e = dated(d, d, DatePrecision.DAY, "30 January 1972");
    assertThat(new HistoricalEvents().mark(List.of(e), null).get(0).status()).isEqualTo("occurred");
  }
}
