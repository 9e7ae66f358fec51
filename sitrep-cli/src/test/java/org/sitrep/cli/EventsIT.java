package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.Pipeline;

/** Events on real CoreNLP output: one pipeline for the class. Texts are the project's own. */
class EventsIT {
  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = Application.pipeline();
  }

  private static Analysis analyze(String text) throws Exception {
    return pipeline.analyze(
        new RawArticle("test", "t", SourceFormat.TEXT, text, LocalDate.of(2024, 6, 3), null, null));
  }

  private static Event only(Analysis a, String type) {
    List<Event> found = a.events().stream().filter(e -> e.type().equals(type)).toList();
    assertThat(found).as("events of type %s in %s", type, a.events()).hasSize(1);
    return found.get(0);
  }

  @Test
  void shellingWithCasualtiesFusedOverSentences() throws Exception {
    Analysis a =
        analyze(
            "Paramilitary fighters shelled the town on Monday, killing at least 12 people and"
                + " wounding dozens more, officials said.\n"
                + "Among the dead were two children. A doctor said 41 wounded people were treated.");
    Event e =
        a.events().stream().filter(x -> x.family().equals("ATTACK")).findFirst().orElseThrow();
    assertThat(e.type()).isEqualTo("ATTACK.SHELLING");
    assertThat(e.actors()).extracting(p -> p.name()).contains("Paramilitary fighters");
    assertThat(e.counts()).extracting(Count::kind).contains("killed", "injured");
    assertThat(
            e.counts().stream()
                .filter(c -> c.kind().equals("killed"))
                .findFirst()
                .orElseThrow()
                .value())
        .isEqualTo(12L);
    assertThat(e.source()).isNotNull();
    assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 6, 3));
    // provenance: the first evidence names the words that signalled the attack and the rule
    Evidence first = e.evidence().get(0);
    assertThat(first.trigger().text()).isEqualTo("shelled");
    assertThat(a.document().text().substring(first.trigger().start(), first.trigger().end()))
        .isEqualTo("shelled");
    assertThat(first.rule()).startsWith("trigger:shell");
  }

  @Test
  void statementsAndStatuses() throws Exception {
    Analysis a =
        analyze(
            "The foreign minister accused the rebels of war crimes. She called on the Security"
                + " Council to act.\n"
                + "A truce agreed last week was violated within hours. The evacuation was called off.\n"
                + "Talks will be held in the capital next week.");
    assertThat(only(a, "ACCUSATION").actors()).isNotEmpty();
    only(a, "APPEAL");
    assertThat(only(a, "CEASEFIRE").status()).isEqualTo("violated");
    assertThat(only(a, "EVACUATION").status()).isEqualTo("suspended");
    assertThat(only(a, "TALKS").status()).isEqualTo("planned");
  }

  @Test
  void detentionNotTerritoryForPeople() throws Exception {
    Analysis a = analyze("Police captured four soldiers at a checkpoint on Sunday.");
    Event e = only(a, "DETENTION");
    assertThat(e.counts()).extracting(Count::value).contains(4L);
    assertThat(a.events()).noneMatch(x -> x.type().equals("TERRITORY.TAKEN"));
  }

  @Test
  void laterMentionsWithoutPlaceOrDayJoinTheEvent() throws Exception {
    Analysis a =
        analyze(
            "Drones struck a fuel depot in Port Sudan on Tuesday, killing three workers.\n"
                + "The attack set off a fire that burned through the night, and the bombing forced"
                + " the port to close.");
    List<Event> attacks = a.events().stream().filter(e -> e.family().equals("ATTACK")).toList();
    assertThat(attacks)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.evidence()).hasSizeGreaterThanOrEqualTo(2);
              assertThat(e.counts()).extracting(Count::value).contains(3L);
            });
  }

  @Test
  void hypotheticalNegatedAndIdiomaticMentionsAreNoEvents() throws Exception {
    Analysis a =
        analyze(
            "The minister warned that any attack on the dam would be considered an act of war.\n"
                + "The ambassador cancelled his visit in protest. None of the injuries were"
                + " life-threatening.");
    assertThat(a.events()).extracting(Event::family).containsExactly("THREAT");
  }

  @Test
  void aRunningTollIsNotTheEventsFigure() throws Exception {
    Analysis a =
        analyze(
            "More than 500 civilians have been killed in the province since January, the monitor"
                + " said.\n"
                + "On Monday, at least 14 people, including two children, were killed when an air"
                + " strike hit a market in Idlib.");
    long largest =
        a.events().stream()
            .flatMap(e -> e.counts().stream())
            .filter(c -> c.kind().equals("killed"))
            .mapToLong(c -> c.value() == null ? 0 : c.value())
            .max()
            .orElse(0);
    assertThat(largest).isEqualTo(14L);
  }

  @Test
  void whatIsNoStatement() throws Exception {
    Analysis a =
        analyze(
            "Hundreds of people rallied in Kassala on Monday to demand the release of a teacher.\n"
                + "Aid agencies warned that funding cuts were making matters worse.\n"
                + "A nurse, who asked not to be named, said the clinic had no fuel.");
    assertThat(a.events()).extracting(Event::family).doesNotContain("APPEAL", "THREAT");
    only(a, "PROTEST");
  }

  @Test
  void tipOffsAndQuestionsAreNoThreatsOrAppeals() throws Exception {
    Analysis a =
        analyze(
            "Neighbours warned the police about the gunman weeks before the attack.\n"
                + "Opposition lawmakers demanded to know why nothing had been done.");
    assertThat(a.events()).extracting(Event::family).doesNotContain("APPEAL", "THREAT");
  }

  @Test
  void thoseWhoGotOutAreEvacuated() throws Exception {
    Analysis a =
        analyze(
            "Thousands of civilians were trapped in the besieged town on Tuesday.\n"
                + "Only 250 were able to leave before the road was cut.");
    Event e = only(a, "EVACUATION");
    assertThat(e.counts())
        .anySatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo("evacuated");
              assertThat(c.value()).isEqualTo(250L);
            });
  }

  @Test
  void anEventWithoutItsOwnPlaceTakesTheRecentSentencesPlace() throws Exception {
    Analysis a =
        analyze(
            "Heavy fighting was reported in the southern city of Kherson on Monday.\n"
                + "Officials described the situation as tense.\n"
                + "Soldiers detained four men at a checkpoint.");
    Event detention = only(a, "DETENTION");
    assertThat(detention.place()).isNotNull();
    String place =
        a.places().stream()
            .filter(p -> p.id().equals(detention.place()))
            .findFirst()
            .orElseThrow()
            .name();
    assertThat(place).isEqualTo("Kherson");
  }

  @Test
  void aDateInAnotherClauseDoesNotDateTheEvent() throws Exception {
    // published Monday 2024-06-03: "for Sunday" is 2024-06-09; the meeting happened today
    Analysis a =
        analyze(
            "The foreign ministers met in Ankara for three hours and new talks between the two"
                + " sides were declared for Sunday.");
    List<Event> talks = a.events().stream().filter(e -> e.type().equals("TALKS")).toList();
    assertThat(talks).isNotEmpty();
    assertThat(talks)
        .anySatisfy(
            e -> {
              assertThat(e.status()).isEqualTo("occurred");
              assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 6, 3));
            });
  }
}
