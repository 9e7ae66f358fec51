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
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;

class EventFuserTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 3);
  private static final AnnotatedDocument DOC =
      new AnnotatedDocument(
          new CleanDocument("d", "x", null, DAY, null, "x".repeat(400), OffsetMap.identity(400)),
          List.of(),
          List.of());

  private static Event event(
      String type,
      String place,
      LocalDate day,
      int start,
      List<Count> counts,
      String actor,
      double confidence) {
    return new Event(
        null,
        type,
        "occurred",
        new EventDate(day, day, DatePrecision.DAY, "on " + day.getDayOfWeek()),
        place,
        actor == null ? List.of() : List.of(new Participant(actor, null, null, "unknown")),
        List.of(),
        counts,
        null,
        List.of(new Evidence(start, start + 10)),
        confidence);
  }

  private static Count killed(long n) {
    return new Count("killed", n, n, n, false, String.valueOf(n));
  }

  @Test
  void oneEventPerTypePlaceAndDay() {
    List<Event> fused =
        new EventFuser()
            .fuse(
                DOC,
                List.of(
                    event("ATTACK.SHELLING", "p1", DAY, 0, List.of(killed(12)), "RSF", 0.8),
                    event("ATTACK.SHELLING", "p1", DAY, 50, List.of(killed(3)), null, 0.8),
                    event("ATTACK.SHELLING", "p2", DAY, 100, List.of(), null, 0.8),
                    event("ATTACK.SHELLING", "p1", DAY.plusDays(1), 150, List.of(), null, 0.8)),
                List.of(city("p1", 0, 50, 150), city("p2", 100)));
    assertThat(fused).hasSize(3);
    Event first = fused.get(0);
    assertThat(first.evidence()).hasSize(2);
    assertThat(first.counts()).singleElement().extracting(Count::value).isEqualTo(12L);
    // the fused event is scored as a whole: a figure, a place and an actor make it more likely
    // right than the event at p2, which has the same type, day and prior but none of them
    assertThat(first.confidence()).isGreaterThan(fused.get(1).confidence());
    assertThat(fused).extracting(Event::id).containsExactly("v1", "v2", "v3");
  }

  @Test
  void theSameDeathIsNotCountedTwice() {
    List<Event> fused =
        new EventFuser()
            .fuse(
                DOC,
                List.of(
                    event("ATTACK.AIRSTRIKE", "p1", DAY, 0, List.of(killed(5)), null, 0.8),
                    event("ATTACK.CIVILIANS", "p1", DAY, 50, List.of(killed(5)), null, 0.5)));
    assertThat(fused)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("ATTACK.AIRSTRIKE");
              assertThat(e.counts()).singleElement().extracting(Count::value).isEqualTo(5L);
            });
  }

  @Test
  void statementsFuseBySpeaker() {
    List<Event> fused =
        new EventFuser()
            .fuse(
                DOC,
                List.of(
                    event("ACCUSATION", null, DAY, 0, List.of(), "the army", 0.8),
                    event("ACCUSATION", null, DAY, 50, List.of(), "the RSF", 0.8),
                    event("ACCUSATION", null, DAY, 100, List.of(), "army", 0.8)));
    assertThat(fused).hasSize(2);
  }

  /** An event of one sentence [start, start + 10) with its own temporal expression or none. */
  private static Event mention(
      String type,
      String status,
      String place,
      LocalDate day,
      String dateText,
      int start,
      double confidence,
      List<Count> counts) {
    return new Event(
        null,
        type,
        status,
        new EventDate(
            day, day, dateText == null ? DatePrecision.WEEK : DatePrecision.DAY, dateText),
        place,
        List.of(),
        List.of(),
        counts,
        null,
        List.of(new Evidence(start, start + 10)),
        confidence);
  }

  /** A city mentioned in the sentences starting at the given offsets. */
  private static Place city(String id, int... sentenceStarts) {
    List<Mention> mentions = new java.util.ArrayList<>();
    for (int s : sentenceStarts) {
      mentions.add(new Mention(s + 1, s + 4, "Abc"));
    }
    return new Place(id, id, null, 0.0, 0.0, "SD", null, "city", 0.9, mentions, false);
  }

  @Test
  void aMentionWithoutItsOwnPlaceOrDayJoinsTheEventOfItsType() {
    // "Drones struck the market in A on Monday." … "The bombing killed 14." (the article's
    // focus, no date): one attack; a strike in B on Monday stays apart
    List<Place> places = List.of(city("a", 0), city("b", 100));
    List<Event> fused =
        new EventFuser()
            .fuse(
                DOC,
                List.of(
                    mention(
                        "ATTACK.AIRSTRIKE", "occurred", "a", DAY, "on Monday", 0, 0.8, List.of()),
                    mention(
                        "ATTACK.AIRSTRIKE", "occurred", "b", DAY, "on Monday", 100, 0.8, List.of()),
                    mention(
                        "ATTACK.EXPLOSIVE",
                        "occurred",
                        "a",
                        DAY.plusDays(1),
                        null,
                        200,
                        0.7,
                        List.of(killed(14)))),
                places);
    assertThat(fused).hasSize(2);
    assertThat(fused.get(1).evidence()).hasSize(2);
    assertThat(fused.get(1).place()).isEqualTo("b");
    assertThat(fused.get(1).counts()).extracting(Count::value).containsExactly(14L);
  }

  @Test
  void daysOfTheirOwnKeepEventsApart() {
    List<Place> places = List.of(city("a", 0, 100));
    List<Event> fused =
        new EventFuser()
            .fuse(
                DOC,
                List.of(
                    mention("ATTACK.SHELLING", "occurred", "a", DAY, "Saturday", 0, 0.8, List.of()),
                    mention(
                        "ATTACK.SHELLING",
                        "occurred",
                        "a",
                        DAY.plusDays(1),
                        "Sunday",
                        100,
                        0.8,
                        List.of())),
                places);
    assertThat(fused).hasSize(2);
  }

  @Test
  void negatedAndHypotheticalActionsAreNotEmitted() {
    List<Event> fused =
        new EventFuser()
            .fuse(
                DOC,
                List.of(
                    mention("ATTACK.CIVILIANS", "hypothetical", null, DAY, null, 0, 0.8, List.of()),
                    mention("CEASEFIRE", "denied", null, DAY, null, 50, 0.8, List.of()),
                    mention("THREAT", "occurred", null, DAY, null, 100, 0.8, List.of())));
    assertThat(fused).extracting(Event::type).containsExactly("THREAT");
  }

  @Test
  void oneGenericMentionAloneIsNoEvent() {
    List<Event> alone =
        new EventFuser()
            .fuse(DOC, List.of(mention("PROTEST", "occurred", null, DAY, null, 0, 0.3, List.of())));
    assertThat(alone).isEmpty();
    List<Event> supported =
        new EventFuser()
            .fuse(
                DOC,
                List.of(
                    mention("PROTEST", "occurred", null, DAY, "on Friday", 0, 0.8, List.of()),
                    mention("PROTEST", "occurred", null, DAY, null, 50, 0.3, List.of())));
    assertThat(supported).singleElement().satisfies(e -> assertThat(e.evidence()).hasSize(2));
  }

  @Test
  void anExactFigureBeatsARangeOfTheSameEvent() {
    Count scores = new Count("killed", null, 40L, null, true, "scores of people");
    List<Event> fused =
        new EventFuser()
            .fuse(
                DOC,
                List.of(
                    mention(
                        "ATTACK.AIRSTRIKE", "occurred", null, DAY, null, 0, 0.8, List.of(scores)),
                    mention(
                        "ATTACK.AIRSTRIKE",
                        "occurred",
                        null,
                        DAY,
                        null,
                        50,
                        0.8,
                        List.of(killed(18)))));
    assertThat(fused)
        .singleElement()
        .satisfies(e -> assertThat(e.counts()).extracting(Count::value).containsExactly(18L));
  }
}
