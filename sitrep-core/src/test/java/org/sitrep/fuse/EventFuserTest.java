package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Participant;

class EventFuserTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 3);
  private static final AnnotatedDocument DOC =
      new AnnotatedDocument(
          new CleanDocument("d", "x", null, DAY, null, "x".repeat(400), OffsetMap.identity(400)),
          List.of(),
          List.of());

  private static Event event(String type, String place, LocalDate day, int start,
      List<Count> counts, String actor, double confidence) {
    return new Event(null, type, "occurred",
        new EventDate(day, day, DatePrecision.DAY, null), place,
        actor == null ? List.of() : List.of(new Participant(actor, null, null, "unknown")),
        List.of(), counts, null, List.of(new Evidence(start, start + 10)), confidence);
  }

  private static Count killed(long n) {
    return new Count("killed", n, n, n, false, String.valueOf(n));
  }

  @Test
  void oneEventPerTypePlaceAndDay() {
    List<Event> fused = new EventFuser().fuse(DOC, List.of(
        event("ATTACK.SHELLING", "p1", DAY, 0, List.of(killed(12)), "RSF", 0.8),
        event("ATTACK.SHELLING", "p1", DAY, 50, List.of(killed(3)), null, 0.8),
        event("ATTACK.SHELLING", "p2", DAY, 100, List.of(), null, 0.8),
        event("ATTACK.SHELLING", "p1", DAY.plusDays(1), 150, List.of(), null, 0.8)));
    assertThat(fused).hasSize(3);
    Event first = fused.get(0);
    assertThat(first.evidence()).hasSize(2);
    assertThat(first.counts()).singleElement().extracting(Count::value).isEqualTo(12L);
    assertThat(first.confidence()).isGreaterThan(0.8);
    assertThat(fused).extracting(Event::id).containsExactly("v1", "v2", "v3");
  }

  @Test
  void theSameDeathIsNotCountedTwice() {
    List<Event> fused = new EventFuser().fuse(DOC, List.of(
        event("ATTACK.AIRSTRIKE", "p1", DAY, 0, List.of(killed(5)), null, 0.8),
        event("ATTACK.CIVILIANS", "p1", DAY, 50, List.of(killed(5)), null, 0.5)));
    assertThat(fused).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("ATTACK.AIRSTRIKE");
      assertThat(e.counts()).singleElement().extracting(Count::value).isEqualTo(5L);
    });
  }

  @Test
  void statementsFuseBySpeaker() {
    List<Event> fused = new EventFuser().fuse(DOC, List.of(
        event("ACCUSATION", null, DAY, 0, List.of(), "the army", 0.8),
        event("ACCUSATION", null, DAY, 50, List.of(), "the RSF", 0.8),
        event("ACCUSATION", null, DAY, 100, List.of(), "army", 0.8)));
    assertThat(fused).hasSize(2);
  }
}
