package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Participant;
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

  /** The killed figures of these events, in order. */
  private static List<Long> killed(List<Event> events) {
    return events.stream()
        .flatMap(e -> e.counts().stream())
        .filter(c -> c.kind().equals("killed"))
        .map(Count::value)
        .toList();
  }

  /** The name of the place an event happened at. */
  private static String placeName(Analysis a, Event e) {
    return a.places().stream()
        .filter(p -> p.id().equals(e.place()))
        .findFirst()
        .orElseThrow()
        .name();
  }

  /** The families of the events of {@code text}, in order. */
  private static List<String> families(String text) throws Exception {
    return analyze(text).events().stream().map(Event::family).toList();
  }

  /** The types of the events of {@code text}, in order. */
  private static List<String> types(String text) throws Exception {
    return analyze(text).events().stream().map(Event::type).toList();
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
  void talksOneTravelsForArePlannedAndAMeetingAnAppealWasMadeInHappened() throws Exception {
    // wire copy: the trip's purpose is a meeting on the agenda; a raid one sets out for is no
    // report of a raid; the meeting the appeal was made in took place
    Analysis a =
        analyze(
            "AMMAN, June 3 (Wire) - The Iraqi prime minister is in Amman to meet on Thursday with"
                + " the Jordanian king.\n"
                + "Militiamen crossed the river to raid the border post, a local official said.\n"
                + "The governor asked tribal elders, during a meeting in Ramadi last week, to hand"
                + " over the suspects.");
    List<Event> talks = a.events().stream().filter(e -> e.family().equals("TALKS")).toList();
    assertThat(talks).extracting(Event::status).containsExactlyInAnyOrder("planned", "occurred");
    assertThat(a.events()).noneMatch(e -> e.family().equals("ATTACK"));
  }

  @Test
  void whatWasSeizedIsTheVerbsObjectInTheTreeAndAHyphenedNameStaysWhole() throws Exception {
    // an aside between the verb and its object: the soldiers were taken, not ground; the village
    // was; "Turkish-backed" is one word of the actor's name
    Analysis a =
        analyze(
            "Rebels captured, after a night of fierce fighting, three government soldiers near the"
                + " dam.\n"
                + "Turkish-backed fighters seized, after hours of shelling, the hilltop village of"
                + " Kafr Saad.");
    assertThat(only(a, "DETENTION").targets())
        .extracting(Participant::name)
        .containsExactly("three government soldiers");
    assertThat(only(a, "TERRITORY.TAKEN").actors())
        .extracting(Participant::name)
        .containsExactly("Turkish-backed fighters");
  }

  @Test
  void wordsOfTalksAndFightingInOtherSensesReportNone() throws Exception {
    // a translated statement: a proposal "met with" resistance, a "matter of" negotiation, an
    // "opportunity for" talks, rules that "were offensive": no meeting, no talks, no offensive
    Analysis a =
        analyze(
            "The ceasefire proposal met with fierce resistance from hardliners in parliament on"
                + " Tuesday, officials in Tripoli said. Control of the port remains a matter of"
                + " negotiation between the army and the militia, the minister said. The truce"
                + " opened up the opportunity for talks between the army and the militia.\n"
                + "Opposition leaders said the new curfew rules were offensive to many residents.");
    assertThat(a.events()).noneMatch(e -> e.family().equals("TALKS"));
    assertThat(a.events()).noneMatch(e -> e.evidence().get(0).trigger().text().equals("offensive"));
  }

  @Test
  void aDatedTollAfterTheInputsPublicationDateStaysAReport() throws Exception {
    // the input says June 3; the article reports an attack of June 5 with its dead: the date the
    // input gave is wrong, not the report. A later date with no toll is still a plan.
    Analysis a =
        analyze(
            "Government aircraft bombed the market of a rebel-held town on June 5, killing 23"
                + " people, a monitoring group said.\n"
                + "Envoys of the two sides will meet in Geneva on June 12.");
    Event strike =
        a.events().stream().filter(e -> e.family().equals("ATTACK")).findFirst().orElseThrow();
    assertThat(strike.status()).isEqualTo("occurred");
    assertThat(strike.date().start()).isEqualTo(LocalDate.of(2024, 6, 5));
    assertThat(killed(List.of(strike))).containsExactly(23L);
    assertThat(only(a, "TALKS").status()).isEqualTo("planned");
  }

  @Test
  void wireCopyInCapitalsIsReadInTheCaseTheTaggerSaw() throws Exception {
    Analysis a =
        analyze(
            "KYIV, JUNE 3 (WIRE) - THE TOWNS OF IZIUM, BALAKLIIA AND KUPIANSK WERE ENCIRCLED BY"
                + " RUSSIAN TROOPS ON MONDAY, A REGIONAL OFFICIAL SAID.\n"
                + "ARTILLERY SHELLED THE CENTRAL MARKET IN KHERSON ON SUNDAY, KILLING FOUR PEOPLE"
                + " AND WOUNDING NINE, THE GOVERNOR SAID.\n");
    // "SAID" is a verb, not a town of that name: the capitalised-word rules read the truecased form
    assertThat(a.places())
        .flatExtracting(p -> p.mentions())
        .extracting(m -> m.text())
        .doesNotContain("SAID", "A REGIONAL", "THE GOVERNOR");
    // "A, B AND C were encircled": one event per town, the conjunction read in any case
    List<Event> encircled =
        a.events().stream().filter(e -> e.type().equals("TERRITORY.ENCIRCLED")).toList();
    assertThat(encircled)
        .extracting(e -> placeName(a, e))
        .containsExactlyInAnyOrder("Izyum", "Balakliya", "Kupjansk");
    Event shelling = only(a, "ATTACK.SHELLING");
    assertThat(placeName(a, shelling)).isEqualTo("Kherson");
    assertThat(killed(List.of(shelling))).containsExactly(4L);
  }

  @Test
  void aComparisonWithAMassacreInAnotherCountryIsAnotherEvent() throws Exception {
    Analysis a =
        analyze(
            "Opinion: The world looks away again\n\n"
                + "For the families of eastern Ghouta, every day is a fight to survive. Record"
                + " numbers have died in the past 36 hours of bombing in an area that has been under"
                + " siege for five years. More than 100 dead, over 300 wounded. We have seen this"
                + " before. In the Bosnian town of Srebrenica, some 8,000 men and boys were"
                + " massacred while peacekeepers stood by.");
    List<Event> attacks = a.events().stream().filter(e -> e.family().equals("ATTACK")).toList();
    // the bombing's toll stays in Ghouta; the massacre its own sentence puts in another country
    // joins no attack of this one, however close in the text
    assertThat(attacks)
        .extracting(e -> placeName(a, e))
        .containsExactlyInAnyOrder("Ghouta", "Srebrenica");
    for (Event e : attacks) {
      assertThat(killed(List.of(e)))
          .containsExactly(placeName(a, e).equals("Ghouta") ? 100L : 8000L);
    }
  }

  @Test
  void aWarsDeadAreNoEventsToll() throws Exception {
    Analysis a =
        analyze(
            "Government jets bombed a market in the rebel-held town of Saraqib on Thursday,"
                + " killing nine civilians, rescuers said.\n"
                + "The country's conflict has killed more than 300,000 people. Last month was the"
                + " deadliest this year, with the ongoing war killing at least 3,000 people.\n"
                + "More than 150,000 fighters have been killed in the civil war, a monitor says.");
    assertThat(killed(a.events())).containsExactly(9L);
  }

  @Test
  void anApproximatorTheParserReadsAsAPrepositionStillCounts() throws Exception {
    // "around" before the number is parsed as a preposition, so "people" is no object of the verb
    Analysis a =
        analyze(
            "According to report the Islamic State has executed around 412 people in the district"
                + " while 150 more have gone missing.");
    assertThat(killed(a.events())).containsExactly(412L);
    // "over 70 injured" hangs on "killed" the same way, but the injured are not the killed
    Analysis b = analyze("Three killed, over 70 injured in rocket attacks on the city on Sunday.");
    Event e = only(b, "ATTACK.SHELLING");
    assertThat(killed(List.of(e))).containsExactly(3L);
    assertThat(e.counts())
        .filteredOn(c -> c.kind().equals("injured"))
        .extracting(Count::value)
        .containsExactly(70L);
  }

  @Test
  void aHeadlineOfDeadAndWoundedGivesEachItsKind() throws Exception {
    // the parser makes "15 injured" the object of "killed"; its own participle says what it counts
    Analysis a =
        analyze(
            "12 civilians killed 15 injured in rocket attacks on Homs\n\n"
                + "Rockets fired by militants hit two districts of the city on Tuesday, the"
                + " governor said.");
    Event e = only(a, "ATTACK.SHELLING");
    assertThat(killed(List.of(e))).containsExactly(12L);
    assertThat(e.counts())
        .filteredOn(c -> c.kind().equals("injured"))
        .extracting(Count::value)
        .containsExactly(15L);
  }

  @Test
  void aPeriodOfTheSubjectOrOfTheTollItselfIsARunningTotal() throws Exception {
    Analysis a =
        analyze(
            "Artillery shelled the market in Jisr al-Shughur on Monday, killing seven people, a"
                + " monitor said.\n"
                + "Since then, more than 240 people have been killed in shelling of the district,"
                + " the monitor said. More than 300 air strikes since March have killed 150"
                + " civilians overall.");
    assertThat(killed(a.events())).containsExactly(7L);
  }

  @Test
  void anUndatedTollInThePresentPerfectWithNoActForItsCauseIsARunningTotal() throws Exception {
    // the day's attack keeps its toll; a toll with no date, no act and a perfect tense is the
    // war's or the campaign's so far, whatever words the sentence uses for the period
    Analysis a =
        analyze(
            "Rocket fire hit a bus station in the north of the province on Sunday, killing 14"
                + " passengers, the civil defence said.\n"
                + "More than 90,000 people have been killed and millions have fled their homes."
                + " Another 410 civilians have also been killed in clashes in the neighbouring"
                + " province, according to the monitor.");
    assertThat(killed(a.events())).containsExactly(14L);
    // an act named as the cause, a party as the subject, or a date of its own keeps the toll
    assertThat(
            killed(
                analyze(
                        "At least 35 civilians have been killed in an air strike on a bakery"
                            + " in the town, rescuers said.")
                    .events()))
        .containsExactly(35L);
    assertThat(
            killed(
                analyze("The militants have executed 27 men in the village, residents said.")
                    .events()))
        .containsExactly(27L);
    assertThat(
            killed(
                analyze("Eleven people have been killed in clashes on Saturday, the monitor said.")
                    .events()))
        .containsExactly(11L);
  }

  @Test
  void bombingByAnyoneAnExplosiveDeviceAndAGrenadeRoundAreAttacks() throws Exception {
    assertThat(families("\"Last night they bombed the clinic,\" a resident of the town said."))
        .containsExactly("ATTACK");
    assertThat(
            types(
                "On 3 May the volunteer died when an improvised explosive device blew up as"
                    + " his unit cleared mines near the river."))
        .containsExactly("ATTACK.EXPLOSIVE");
    assertThat(
            families(
                "The soldier and his team were hit by an RPG round, fired by militants, while"
                    + " trying to reach a cut-off patrol."))
        .containsExactly("ATTACK");
  }

  @Test
  void aWarningByCommentatorsIsNoThreat() throws Exception {
    assertThat(
            families(
                "Military analysts have warned that the standoff could draw the region into a"
                    + " wider war."))
        .doesNotContain("THREAT");
    assertThat(
            families("The defence minister warned that the army would respond to any incursion."))
        .contains("THREAT");
  }

  @Test
  void aPersonNamedAsTheOneCapturedIsADetentionAPlaceNamedSoIsTerritory() throws Exception {
    assertThat(families("Okafor was captured in March 2019 alongside a local fixer."))
        .containsExactly("DETENTION");
    assertThat(types("Rebels captured the town of Kafr Nabl on Monday."))
        .containsExactly("TERRITORY.TAKEN");
  }

  @Test
  void prisonersExchangedAreAnAgreement() throws Exception {
    assertThat(
            families(
                "Soldiers held prisoner in the village were exchanged for fuel this week, the"
                    + " militia said."))
        .contains("AGREEMENT");
  }

  @Test
  void anOldYearInTheSentenceBeforeDoesNotMakeAPresentActHistory() throws Exception {
    Analysis a =
        analyze(
            "\u201cIt is like Sarajevo in 1993.\u201d Those are the words of a volunteer nurse from"
                + " Leeds, as government forces besiege the town of Tal Rifaat.");
    Event e = only(a, "TERRITORY.ENCIRCLED");
    assertThat(e.status()).isNotEqualTo("historical");
    assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 6, 3));
  }

  @Test
  void aDateWhereAPeriodBeganDoesNotDateTheNextSentencesAttack() throws Exception {
    String toll = " Eleven civilians were killed and about 40 injured, the group said.";
    Analysis a =
        analyze(
            "Rebel fighters pushed into three districts of the northern city, their heaviest"
                + " offensive since they seized its eastern half in the summer of 2016, a"
                + " monitoring group said."
                + toll);
    assertThat(killed(a.events())).containsExactly(11L);
    assertThat(
            a.events().stream()
                .filter(e -> !e.counts().isEmpty())
                .map(e -> e.date().start())
                .toList())
        .containsExactly(LocalDate.of(2024, 6, 3));
    // the same year dating an act of the sentence before still makes the toll that act's
    assertThat(
            killed(
                analyze(
                        "Rebel fighters seized the eastern half of the city in the summer of 2016."
                            + toll)
                    .events()))
        .isEmpty();
  }

  @Test
  void peopleCountedCrossingSomewhereAreDisplacedTroopsAndConvoysAreNot() throws Exception {
    assertThat(
            types(
                "More than 3,100 people crossed from the border district into the neighbouring"
                    + " province on Sunday, the agency said."))
        .containsExactly("DISPLACEMENT");
    assertThat(types("About 900 who crossed by boat near the port this week were given shelter."))
        .containsExactly("DISPLACEMENT");
    assertThat(types("Some 1,500 have crossed into the next country since Friday."))
        .containsExactly("DISPLACEMENT");
    assertThat(types("About 2,000 troops crossed into the district on Monday.")).isEmpty();
    assertThat(types("The convoy crossed into the city at dawn.")).isEmpty();
    assertThat(types("More than 3,100 people crossed the bridge's new lanes on its first day."))
        .isEmpty();
  }

  @Test
  void aListOfPlacesMayNameADirectionATownAndItsRegionAreOnePlace() throws Exception {
    Analysis a =
        analyze(
            "Government forces and their allies have been besieging Idlib and eastern Ghouta for"
                + " months.");
    assertThat(a.events().stream().filter(e -> e.type().equals("TERRITORY.ENCIRCLED")))
        .extracting(e -> placeName(a, e))
        .containsExactlyInAnyOrder("Idlib", "Ghouta");
    Analysis b =
        analyze(
            "Shells struck a market in Kadugli, South Kordofan, on Monday, killing nine people.");
    assertThat(b.events()).filteredOn(e -> e.family().equals("ATTACK")).hasSize(1);
  }

  @Test
  void aDeclaredLiberationIsTerritoryTaken() throws Exception {
    assertThat(
            types(
                "Kurdish-led forces declared the \"total liberation\" of the town of Manbij on"
                    + " Tuesday."))
        .containsExactly("TERRITORY.TAKEN");
  }

  @Test
  void aClashWithProtestersIsAProtestOneBetweenArmedSidesABattle() throws Exception {
    assertThat(
            families("Police clashed with protesters in the capital on Friday, firing tear gas."))
        .contains("PROTEST")
        .doesNotContain("CLASH");
    assertThat(families("Rebels clashed with army troops near the border on Friday."))
        .containsExactly("CLASH");
  }

  /** The events of {@code text} that it reports as having happened: "FAMILY status". */
  private static List<String> reported(String text) throws Exception {
    return analyze(text).events().stream()
        .filter(e -> !e.status().equals("hypothetical") && !e.status().equals("planned"))
        .map(e -> e.family() + " " + e.status())
        .toList();
  }

  @Test
  void aPurposeOrAnAppealIsNoReportOfWhatItAimsAt() throws Exception {
    assertThat(
            reported(
                "Two Spanish volunteers travelled to the region in March to help in the liberation"
                    + " of the town."))
        .doesNotContain("TERRITORY occurred");
    assertThat(
            reported(
                "The UN has begged the warring parties to agree to an immediate humanitarian"
                    + " ceasefire."))
        .noneMatch(r -> r.startsWith("CEASEFIRE"));
    assertThat(
            reported(
                "The militia said on Thursday that it invites the army to protect the border"
                    + " villages from attack."))
        .noneMatch(r -> r.startsWith("ATTACK"));
    // the noun's own purpose clause is no condition on it
    assertThat(
            reported(
                "After a three-day truce to evacuate the wounded from the town, the offensive"
                    + " resumed on Sunday."))
        .contains("CEASEFIRE occurred");
  }

  @Test
  void twoAttacksOfOneSentenceWithTheirOwnDaysAreTwoEvents() throws Exception {
    // "bombed" and "blew up" are entries of two attack types; either day makes its own event
    assertThat(
            families(
                "\"On Monday night they bombed the clinic, and last week they blew up the water"
                    + " station,\" a resident of the town said."))
        .containsExactly("ATTACK", "ATTACK");
  }

  @Test
  void whatPeopleHadFledEarlierIsBackground() throws Exception {
    assertThat(
            families(
                "Artillery shells struck a school in the village on Monday, where some 300 people"
                    + " who had fled earlier fighting were sheltering."))
        .containsExactly("ATTACK");
    assertThat(
            families(
                "Protesters rallied in the square on Thursday, among them the families of soldiers"
                    + " who had fled the fighting in the north."))
        .containsExactly("PROTEST");
  }

  @Test
  void theYardstickOfAComparisonIsNoEventOfTheReport() throws Exception {
    assertThat(
            families(
                "The shelling of the camp on Tuesday was even worse than the siege of the old"
                    + " city, residents said."))
        .doesNotContain("TERRITORY");
  }

  @Test
  void peopleSaidToBeRefugeesAreDescribedNotDisplacedHere() throws Exception {
    assertThat(
            families(
                "Many of the families sheltering in the school are refugees who have fled the war"
                    + " in the south."))
        .doesNotContain("DISPLACEMENT");
    assertThat(families("About 3,000 refugees fled the town on Monday, aid workers said."))
        .contains("DISPLACEMENT");
  }

  @Test
  void fleeingTheFightingIsFlightAndBeingForcedToFleeToo() throws Exception {
    // the object of "fled" is another trigger, but fleeing does not perform the fighting
    assertThat(families("On Friday about 100 families fled the fighting around the village."))
        .contains("DISPLACEMENT");
    assertThat(families("Thousands of residents were forced to flee the town on Monday."))
        .containsExactly("DISPLACEMENT");
    assertThat(families("Rebels launched an offensive on the town on Monday."))
        .containsExactly("CLASH");
  }

  @Test
  void aPlaceOfOtherBattlesIsNotTheOffensivesPlace() throws Exception {
    Analysis a =
        analyze(
            "Kurdish-led forces have surrounded the last pocket held by the militants near Baghuz."
                + " After a ten-day pause, the offensive resumed on Sunday at a tempo not seen even"
                + " in the great battles for the cities of Homs and Hama.");
    assertThat(a.events().stream().filter(e -> e.family().equals("CLASH")))
        .extracting(e -> placeName(a, e))
        .containsExactly("Baghuz");
    // a noun of the trigger's family in the trigger's own clause names the same event
    Analysis b =
        analyze("Thousands of protesters have staged rallies across Kenya to protest new taxes.");
    assertThat(b.events().stream().filter(e -> e.family().equals("PROTEST")))
        .extracting(e -> placeName(b, e))
        .containsExactly("Kenya");
  }

  @Test
  void callingACeasefireMakesOneCallingForItDoesNot() throws Exception {
    assertThat(reported("The rebel command called a three-day ceasefire on Monday."))
        .contains("CEASEFIRE occurred");
    assertThat(reported("The UN envoy called for an immediate ceasefire on Monday."))
        .noneMatch(r -> r.startsWith("CEASEFIRE"));
  }

  @Test
  void aThreatSomeoneSaysThereIsIsNoPartysThreat() throws Exception {
    assertThat(
            families(
                "Community leaders want monitors deployed to protect villagers from what they say"
                    + " is the threat of reprisals."))
        .doesNotContain("THREAT");
    assertThat(families("The militia issued a threat against the villagers on Sunday."))
        .contains("THREAT");
  }

  @Test
  void aFighterWhoShotHimselfWasNotAttacked() throws Exception {
    assertThat(
            families(
                "A British volunteer, 24, who shot himself to avoid capture last December, was"
                    + " buried in Kobane."))
        .doesNotContain("ATTACK");
    assertThat(families("A suicide bomber blew himself up at a checkpoint in Kabul on Monday."))
        .contains("ATTACK");
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
    assertThat(placeName(a, detention)).isEqualTo("Kherson");
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
    // and the talks declared for Sunday are a planned event of their own
    assertThat(talks)
        .anySatisfy(
            e -> {
              assertThat(e.status()).isEqualTo("planned");
              assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 6, 9));
            });
  }

  @Test
  void aSecondCorridorIsAnotherEvacuation() throws Exception {
    Analysis a =
        analyze(
            "A ceasefire was agreed in Kherson to let 5,000 people flee along a humanitarian"
                + " corridor.\n"
                + "The evacuation was called off after an hour.\n"
                + "A second humanitarian corridor came under fire in the town of Beryslav, where"
                + " 2,000 had hoped to flee.");
    List<Event> evacuations =
        a.events().stream().filter(e -> e.family().equals("EVACUATION")).toList();
    assertThat(evacuations).hasSize(2);
    // people fleeing along the corridor are the evacuees: no separate displacement
    assertThat(a.events()).extracting(Event::family).doesNotContain("DISPLACEMENT");
  }

  @Test
  void whatIsNoEventOfItsOwn() throws Exception {
    Analysis a =
        analyze(
            "The flooding has left at least 13 people dead across the province.\n"
                + "The number of attacks on health workers has risen this year, the report said.\n"
                + "Officials said the talks would meet the demands of both sides.\n"
                + "The figures demonstrate clearly why the programme matters.\n"
                + "The new rules for protesters were struck down by a judge.\n"
                + "Their jailed members must be freed first, the group said.");
    assertThat(a.events())
        .extracting(Event::family)
        .doesNotContain("ATTACK", "PROTEST", "DETENTION");
  }

  @Test
  void shotDeadIsAShooting() throws Exception {
    // all-too-common wire phrasing: the parser takes "dead" for the object of "shot"
    Analysis a =
        analyze(
            "Two border guards were shot dead at a checkpoint outside Kessin on Sunday, the"
                + " interior ministry said.");
    Event shooting = only(a, "ATTACK.CIVILIANS");
    assertThat(shooting.targets()).extracting(p -> p.name()).anyMatch(n -> n.contains("guards"));
    // death is the shooting's result: two killed
    assertThat(killed(List.of(shooting))).contains(2L);
  }

  @Test
  void aCeasefireAgreementIsACeasefire() throws Exception {
    // translated statement voice: the ceasefire names the agreement it modifies
    Analysis signed =
        analyze(
            "The Council of the Northern Cantons and the armed opposition signed a ceasefire"
                + " agreement in the town of Valmora on Monday, according to the mediators.");
    assertThat(only(signed, "CEASEFIRE").status()).isEqualTo("agreed");
    Analysis broken =
        analyze(
            "Six soldiers were killed near Ostrel on Sunday in the worst breach yet of the"
                + " three-month-old truce deal, the army said.");
    assertThat(only(broken, "CEASEFIRE").status()).isEqualTo("violated");
  }

  @Test
  void aTrendIsWhatTheEventsAreTheSubjectOf() throws Exception {
    // NGO report voice: the attacks are the subject of the trend verb, a trend and no event
    Analysis trend =
        analyze(
            "Kidnappings and attacks on aid convoys rose sharply across the northern districts"
                + " last year, the monitoring group said in its annual report.");
    assertThat(trend.events()).extracting(Event::family).doesNotContain("ATTACK", "DETENTION");
    // wire voice: a trend word inside the protests' own clause is no trend of the protests
    Analysis protests =
        analyze(
            "At least nine people have died in a week of protests that began against rising fuel"
                + " prices in the port city of Ostrel, a rights group said on Sunday.");
    only(protests, "PROTEST");
  }

  @Test
  void protestersActingAreAProtest() throws Exception {
    Analysis a =
        analyze(
            "Hundreds of protesters marched through the centre of Bamako on Friday, chanting"
                + " slogans against the junta.");
    only(a, "PROTEST");
  }

  @Test
  void aTownAndItsRegionAreOnePlace() throws Exception {
    Analysis a =
        analyze(
            "Gunmen opened fire on worshippers at a mosque in Kaduna, Nigeria's Kaduna State, on"
                + " Friday, killing five people.\n"
                + "Police said three suspects were arrested in Zaria, Kaduna, on Saturday.");
    assertThat(a.events().stream().filter(e -> e.family().equals("DETENTION")).count())
        .isEqualTo(1);
  }

  @Test
  void subjectsAcrossAsidesAndCoordinatedVerbs() throws Exception {
    Analysis a =
        analyze(
            "The rebels' spokesman, Colonel Amadou Diallo, said the army had lost the town and"
                + " warned that the convoy would be attacked.\n"
                + "The interior minister – who visited the camp on Monday – accused the rebels of"
                + " looting.");
    Event threat = only(a, "THREAT");
    assertThat(threat.actors()).extracting(p -> p.name()).anyMatch(n -> n.contains("Diallo"));
    Event accusation = only(a, "ACCUSATION");
    assertThat(accusation.actors()).extracting(p -> p.name()).anyMatch(n -> n.contains("minister"));
  }

  @Test
  void armedMenFleeingAreNoDisplacement() throws Exception {
    Analysis a =
        analyze(
            "Troops retook the village on Sunday and the attackers fled into the forest.\n"
                + "Since June, more than 40,000 people have been displaced from the district.");
    Event displacement = only(a, "DISPLACEMENT");
    assertThat(displacement.evidence()).hasSize(1);
    assertThat(displacement.counts()).extracting(Count::value).contains(40000L);
    // "since June" runs from June to the report, so it is news, not background
    assertThat(displacement.date().end()).isEqualTo(LocalDate.of(2024, 6, 3));
  }

  @Test
  void askedForRegulatedOrAllegedActionsAreNoEvents() throws Exception {
    Analysis a =
        analyze(
            "The envoy urged both sides to resume peace talks in Geneva.\n"
                + "The group has called on its followers to stage attacks on police stations.\n"
                + "The decree would ban protests near the parliament.\n"
                + "Two men accused of fighting with the militia went on trial on Monday.\n"
                + "The senator fired back at his rival at a rally in the capital.\n"
                + "The law gives soldiers the power to make arrests without a warrant.\n"
                + "Elders met on Saturday to discuss a possible local truce.");
    assertThat(a.events())
        .extracting(Event::family)
        .doesNotContain("ATTACK", "PROTEST", "CLASH", "DETENTION", "CEASEFIRE");
    // the elders' meeting happened; the talks the envoy urged did not
    assertThat(a.events().stream().filter(e -> e.family().equals("TALKS")).count()).isEqualTo(1);
  }

  @Test
  void separatelyOpensAnotherEvent() throws Exception {
    Analysis a =
        analyze(
            "Two soldiers were wounded on Wednesday when a roadside bomb exploded under their"
                + " vehicle, the army said.\n"
                + "Separately, settlers attacked the village of Qusra on Wednesday night, wounding"
                + " three Palestinians.");
    assertThat(a.events().stream().filter(e -> e.family().equals("ATTACK")).count()).isEqualTo(2);
  }

  @Test
  void actorsAreWhoActsNotWhenOrWithWhat() throws Exception {
    Analysis a =
        analyze(
            "Envoy Maria Lopez, right, meets with a tribal elder in Jalalabad.\n"
                + "The minister raised the case of the detained reporters during a meeting in"
                + " Ankara.\n"
                + "The aid worker was detained by intelligence officers Monday night.");
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("TALKS"))
        .allSatisfy(e -> assertThat(e.actors()).isNotEmpty())
        .flatExtracting(Event::actors)
        .extracting(p -> p.name())
        .anyMatch(n -> n.contains("Lopez"))
        .anyMatch(n -> n.contains("minister"));
    Event detention = only(a, "DETENTION");
    assertThat(detention.actors())
        .extracting(p -> p.name())
        .containsExactly("intelligence officers");
  }

  @Test
  void forcesBehindTheirWeaponsAndActiveVerbsTaggedAsParticiples() throws Exception {
    Analysis a =
        analyze(
            "An Israeli drone strike killed five people in the Nur Shams camp on Monday.\n"
                + "Soldiers detained about 40 young men in Tubas on Tuesday.\n"
                + "Rockets hit Kharkiv overnight.");
    Event strike = only(a, "ATTACK.AIRSTRIKE");
    assertThat(strike.actors()).extracting(p -> p.country()).containsExactly("IL");
    Event detention = only(a, "DETENTION");
    assertThat(detention.actors()).extracting(p -> p.name()).containsExactly("Soldiers");
    // a weapon alone is no actor
    Event rockets = only(a, "ATTACK.SHELLING");
    assertThat(rockets.actors()).isEmpty();
  }

  @Test
  void aStatementInsideAQuotationIsItsSpeakers() throws Exception {
    Analysis a =
        analyze(
            "The UN humanitarian coordinator, Helena Brandt, said: \"I urge the parties to let aid"
                + " through without delay.\"");
    Event appeal = only(a, "APPEAL");
    assertThat(appeal.actors()).extracting(p -> p.name()).containsExactly("Helena Brandt");
  }

  @Test
  void aPlaceInALaterClauseIsNotWhereItHappened() throws Exception {
    Analysis a =
        analyze(
            "Kharkiv, a city of 1.4 million people, has endured heavy shelling as Russian forces"
                + " try to push towards Kupiansk.");
    Event shelling = only(a, "ATTACK.SHELLING");
    assertThat(placeName(a, shelling)).isEqualTo("Kharkiv");
  }

  @Test
  void aPossessiveDateDatesItsOwnNoun() throws Exception {
    // published Monday 2024-06-03
    Analysis a =
        analyze(
            "The defence minister, who today opened Friday's arms fair, warned that any incursion"
                + " would be met with force.\n"
                + "Mourners in the village buried the victims of Friday's massacre.");
    Event threat = only(a, "THREAT");
    assertThat(threat.date().start()).isEqualTo(LocalDate.of(2024, 6, 3));
    Event massacre =
        a.events().stream().filter(e -> e.family().equals("ATTACK")).findFirst().orElseThrow();
    assertThat(massacre.date().start()).isEqualTo(LocalDate.of(2024, 5, 31));
  }

  @Test
  void whatAnAccusationAllegesIsTheAccusation() throws Exception {
    Analysis a =
        analyze(
            "The rebels accused the army of shelling their positions near Gao, and accused"
                + " government aircraft of deliberately bombing markets.");
    only(a, "ACCUSATION");
    assertThat(a.events()).extracting(Event::family).doesNotContain("ATTACK");
  }

  @Test
  void anAccusationThatDatesTheActReportsItAsClaimed() throws Exception {
    // published Monday 2024-06-03: the alleged gassing has a day of its own, so it is one act
    // that the accuser claims, beside the accusation itself
    Analysis a =
        analyze(
            "State television accused the insurgents of using chemical weapons on Saturday against"
                + " soldiers advancing on the village of Tel Maraq.");
    assertThat(a.events()).extracting(Event::family).contains("ACCUSATION", "ATTACK");
    Event attack =
        a.events().stream().filter(e -> e.family().equals("ATTACK")).findFirst().orElseThrow();
    assertThat(attack.status()).isEqualTo("claimed");
    assertThat(attack.date().start()).isEqualTo(LocalDate.of(2024, 6, 1));
  }

  @Test
  void aCountryThatSpeaksOrQualifiesATitleIsNotWhereTheAttackHappened() throws Exception {
    // wire copy that lost its commas: "the United States says" and "U.S. Envoy" name parties
    Analysis a =
        analyze(
            "Rescuers in Saraqeb dug through the rubble on Monday. Ministers met after U.S. Envoy"
                + " Mark Halloran urged restraint over a gas attack the United States says killed"
                + " 60 people on Sunday.");
    Event attack =
        a.events().stream().filter(e -> e.family().equals("ATTACK")).findFirst().orElseThrow();
    assertThat(placeName(a, attack)).isNotEqualTo("United States").isEqualTo("Sarāqib");
    // a preposition keeps a place where it is, whoever speaks after it
    Analysis b = analyze("Shells hit the market on Sunday, residents in Aleppo said.");
    Event shelling =
        b.events().stream().filter(e -> e.family().equals("ATTACK")).findFirst().orElseThrow();
    assertThat(placeName(b, shelling)).isEqualTo("Aleppo");
  }

  @Test
  void anAttacksOwnWeaponTypesItBeforeTheWordsOfItsSentence() throws Exception {
    // the air strikes are only asked for; the gas attack is the act
    Analysis a =
        analyze(
            "Lawmakers were asked to approve air strikes after a gas attack killed 60 people in"
                + " the town of Kafr Salim on Sunday.");
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("ATTACK"))
        .extracting(Event::type)
        .containsExactly("ATTACK.CIVILIANS");
  }

  @Test
  void theSourceOfAReportIsTheWholeSubjectOfItsSpeechVerbAndNoMore() throws Exception {
    // copy that lost its commas: the days before the monitor, and the rights after "for"
    Analysis a =
        analyze(
            "At least 12 civilians were killed in air strikes on the town of Saraqeb on Saturday"
                + " and Sunday a monitor said. Barrel bombs killed nine people in Saraqeb on Monday"
                + " the Syrian Observatory for Human Rights said.");
    List<Event> attacks = a.events().stream().filter(e -> e.family().equals("ATTACK")).toList();
    assertThat(attacks).hasSize(2);
    assertThat(attacks.get(0).source().name()).isEqualTo("monitor");
    assertThat(attacks.get(1).source().name()).contains("Observatory");
  }

  @Test
  void aBargainStruckIsNoBlow() throws Exception {
    assertThat(
            families(
                "After weeks of haggling an agreement was struck to let the inspectors in, and"
                    + " the two sides struck a deal on prisoners."))
        .doesNotContain("ATTACK");
    assertThat(families("Militants struck a police post near the border on Friday."))
        .contains("ATTACK");
  }

  // ---------------------------------------------------------------- syntax (issue 9)

  @Test
  void aLightVerbPerformsTheEventItsObjectNames() throws Exception {
    Analysis a =
        analyze(
            "Government forces launched an offensive on the rebel-held town of Kalemie on Tuesday.");
    List<Event> violent =
        a.events().stream()
            .filter(e -> e.family().equals("ATTACK") || e.family().equals("CLASH"))
            .toList();
    assertThat(violent).as("one event, not 'launched' and 'offensive'").hasSize(1);
    assertThat(violent.get(0).actors())
        .extracting(p -> p.name())
        .anyMatch(n -> n.contains("Government forces"));
  }

  @Test
  void threatenedConditionalAndGenericActsAreNoEvents() throws Exception {
    Analysis a =
        analyze(
            "The militia threatened to storm the airport in Goma.\n"
                + "If the army attacks the camp, aid agencies will leave the district.\n"
                + "The envoy called for an end to the fighting in the province.");
    assertThat(a.events()).extracting(Event::family).contains("THREAT", "APPEAL");
    assertThat(a.events()).extracting(Event::family).doesNotContain("ATTACK", "CLASH", "TERRITORY");
  }

  @Test
  void aRepeatedWarningIsStillAStatement() throws Exception {
    Analysis a =
        analyze(
            "The president has repeatedly warned the neighbours that a military operation near"
                + " the border is imminent.");
    assertThat(a.events()).extracting(Event::family).contains("THREAT");
  }

  @Test
  void noOneKilledIsAFigureOfNought() throws Exception {
    Analysis a =
        analyze(
            "A car bomb exploded outside the ministry in Mogadishu on Tuesday. No one was killed"
                + " in the blast, police said.");
    Event blast =
        a.events().stream().filter(e -> e.family().equals("ATTACK")).findFirst().orElseThrow();
    assertThat(blast.counts())
        .filteredOn(c -> c.kind().equals("killed"))
        .extracting(Count::value)
        .containsOnly(0L);
  }

  @Test
  void statementsThatStateNothingAndGroundlessTakingsAreNoEvents() throws Exception {
    Analysis a =
        analyze(
            "Requests to send food to the besieged villages were routinely denied.\n"
                + "The colonel took over from his predecessor as commander of the garrison in June.\n"
                + "The warlord has offered a reward to whoever kills the governor of the province.");
    assertThat(a.events()).extracting(Event::family).doesNotContain("DENIAL", "TERRITORY");
    assertThat(a.events()).extracting(Event::family).doesNotContain("ATTACK");
  }

  @Test
  void actorsOfReportedForcesClashesBetweenAndArmedWeapons() throws Exception {
    Analysis a =
        analyze(
            "The border guard service said its patrols had detained nine smugglers near the river"
                + " crossing on Friday.\n\n"
                + "Clashes between tribal fighters and local police erupted in the market town on"
                + " Saturday, witnesses said.\n\n"
                + "Army helicopters bombed a convoy on the desert highway on Sunday, residents said.");
    assertThat(only(a, "DETENTION").actors())
        .extracting(p -> p.name())
        .anyMatch(n -> n.contains("border guard service"));
    assertThat(only(a, "CLASH").actors())
        .extracting(p -> p.name())
        .anyMatch(n -> n.contains("tribal fighters") && n.contains("local police"));
    assertThat(only(a, "ATTACK.AIRSTRIKE").actors())
        .extracting(p -> p.name())
        .anyMatch(n -> n.contains("Army helicopters"));
  }

  @Test
  void theTreeSaysWhatAFigureCounts() throws Exception {
    Analysis a =
        analyze(
            "Medics said they had evacuated 35 wounded villagers from the hill hamlets by truck on"
                + " Monday.\n\n"
                + "Six teachers, among them the head of a primary school in the valley, were"
                + " kidnapped on the coast road on Tuesday, a district official said.\n\n"
                + "Around 4,500 residents of the settlement have fled towards the provincial"
                + " capital, a relief worker said on Wednesday.");
    assertThat(only(a, "EVACUATION").counts())
        .extracting(Count::kind, Count::value)
        .contains(tuple("evacuated", 35L))
        .doesNotContain(tuple("injured", 35L));
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("DETENTION"))
        .flatExtracting(Event::counts)
        .extracting(Count::value)
        .contains(6L);
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("DISPLACEMENT"))
        .flatExtracting(Event::counts)
        .extracting(Count::kind, Count::value)
        .contains(tuple("displaced", 4500L));
  }

  @Test
  void backgroundDatedToItsDayIsHistoricalAndYearsOfWarAreNoEvent() throws Exception {
    Analysis a =
        analyze(
            "The aid worker, who was abducted by gunmen on 14 March 2017 near the northern border,"
                + " is still missing, her family said on Monday.\n\n"
                + "In 2012 the insurgents displaced thousands of farmers from the valley.");
    assertThat(only(a, "DETENTION").status()).isEqualTo("historical");
    assertThat(a.events()).extracting(Event::family).doesNotContain("DISPLACEMENT");
  }

  @Test
  void eventNamedWithItsOwnPastDayIsHistoricalAndTheDateIsNoActor() throws Exception {
    // a photo caption from an archive: a nominal trigger dated to its own day long before
    Analysis a =
        analyze(
            "ARCHIVE PHOTO - Mourners wave flags during a demonstration outside the ministry in"
                + " Ostrel, Nov. 3, 2019.\n\n"
                + "From a March 9 meeting of the two foreign ministers at the lakeside palace.\n\n"
                + "The unrest was sharpened by bombings in the capital in 2020.");
    assertThat(only(a, "PROTEST").status()).isEqualTo("historical");
    Event talks = only(a, "TALKS");
    assertThat(talks.status()).isEqualTo("historical");
    assertThat(talks.actors()).extracting(p -> p.name()).noneMatch(n -> n.contains("March"));
    assertThat(a.events()).extracting(Event::family).doesNotContain("ATTACK");
  }

  @Test
  void whatAnEventNounStruckIsItsTarget() throws Exception {
    // live-blog voice: the weapon is the subject or the agent of the verb of impact, no party named
    Analysis a =
        analyze(
            "09:40 An airstrike hit a bakery in the old quarter of Ostrel this morning, residents"
                + " said.");
    assertThat(only(a, "ATTACK.AIRSTRIKE").targets())
        .extracting(p -> p.name())
        .anyMatch(n -> n.contains("bakery"));
    Analysis b =
        analyze(
            "One of the guards was killed by an improvised explosive device (IED) planted by the"
                + " Kessin Brigade near the depot, a spokesman said.");
    Event bomb = only(b, "ATTACK.EXPLOSIVE");
    assertThat(bomb.targets()).extracting(p -> p.name()).anyMatch(n -> n.contains("guards"));
    assertThat(bomb.actors()).extracting(p -> p.name()).anyMatch(n -> n.contains("Kessin"));
    // one picked out of a group is one killed
    assertThat(killed(List.of(bomb))).contains(1L);
  }

  @Test
  void peopleNamedOneByOneAreCountedOneByOne() throws Exception {
    Analysis a =
        analyze(
            "A 61-year-old shepherd was killed by a landmine near the ridge village of Harbeth on"
                + " Sunday, the regional governor said.\n\n"
                + "On Tuesday, border guards arrested a local journalist and his driver at the"
                + " crossing of Valmora, their editor said.\n\n"
                + "The 9-year-old girl named Lina was fatally wounded as artillery shelled the"
                + " market town of Ostrel on Friday, medics said.\n\n"
                + "No soldier was hurt when a roadside bomb went off near the depot of Kessin on"
                + " Saturday, the army said.");
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("ATTACK"))
        .flatExtracting(Event::counts)
        .extracting(Count::kind, Count::value)
        .contains(tuple("killed", 1L))
        .doesNotContain(tuple("injured", 1L));
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("DETENTION"))
        .flatExtracting(Event::counts)
        .extracting(Count::kind, Count::value)
        .contains(tuple("arrested", 2L));
  }

  @Test
  void aDateDatesTheNextSentenceButNotTheRestOfAnUnbrokenText() throws Exception {
    Analysis a =
        analyze(
            "The river port of Oskeni was taken by the rebels in March 2019. Its market has"
                + " reopened and the ferries run again. Traders say fuel is scarce. Gunmen"
                + " ambushed a convoy of fuel trucks on the coast road, killing two drivers, a"
                + " police spokesman said.");
    Event ambush =
        a.events().stream()
            .filter(e -> e.family().equals("ATTACK"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no attack in " + a.events()));
    assertThat(ambush.status()).isEqualTo("occurred");
    assertThat(ambush.date().start()).isAfter(LocalDate.of(2024, 1, 1));
  }

  @Test
  void privateAppealsAndHabitsAreNoEvents() throws Exception {
    Analysis a =
        analyze(
            "The militia commander urged him to stay with the unit, a relative said.\n\n"
                + "Aid requests from the besieged district were routinely denied by the army, the"
                + " agency said.\n\n"
                + "The provincial governor urged the rebels on Monday to release the hostages.");
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("APPEAL"))
        .hasSize(1)
        .allSatisfy(
            e ->
                assertThat(e.actors())
                    .extracting(p -> p.name())
                    .anyMatch(n -> n.contains("governor")));
    assertThat(a.events()).extracting(Event::family).doesNotContain("DENIAL");
  }

  @Test
  void aCasualtyWordIsTheEventWhenTheStrongerTriggerIsBackground() throws Exception {
    Analysis a =
        analyze(
            "A volunteer medic was killed near the river town of Ostrel on Sunday, six years after"
                + " the bombing of its market in 2018, a local official said.");
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("ATTACK") && e.status().equals("occurred"))
        .flatExtracting(Event::counts)
        .extracting(Count::kind, Count::value)
        .contains(tuple("killed", 1L));
  }

  @Test
  void sinceInAnotherClauseMakesNoRunningTotal() throws Exception {
    Analysis a =
        analyze(
            "In Halvar, a market town held by the militia since 2019, a car bomb exploded near the"
                + " bus station on Sunday, killing five people, police said.");
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("ATTACK"))
        .flatExtracting(Event::counts)
        .extracting(Count::kind, Count::value)
        .contains(tuple("killed", 5L));
  }

  @Test
  void sinceAfterASuperlativeIsTheComparisonsYardstickNotTheTollsPeriod() throws Exception {
    Analysis a =
        analyze(
            "A cargo plane of the air force was shot down near the border on Tuesday, killing all"
                + " seven people on board in the deadliest loss for the force since it joined the"
                + " war.");
    assertThat(killed(a.events())).containsExactly(7L);
    // without the superlative the same "since" is the toll's period
    assertThat(
            killed(
                analyze(
                        "Air raids have killed 70 people in the border villages since the force"
                            + " joined the war, the council said.")
                    .events()))
        .isEmpty();
  }

  @Test
  void aTollSinceAnOffensiveBeganIsTheOffensivesAndSinceTheWarBeganIsNone() throws Exception {
    Analysis a =
        analyze(
            "Since the army launched its offensive on the hill villages of Rekan, about 140"
                + " civilians have died, the local council said on Tuesday. More than 90,000"
                + " people have been killed in the country since the war began, and half its"
                + " people have been displaced.");
    assertThat(killed(a.events())).containsExactly(140L);
  }

  @Test
  void aFloorOutweighsALargerUpperBoundOfTheSameToll() throws Exception {
    Analysis a =
        analyze(
            "At least 60 civilians were killed in the shelling of Dovrena on Friday, the monitor"
                + " said. Residents said there had been up to 200 civilians"
                + " killed in the shelling.");
    assertThat(killed(a.events().stream().filter(e -> e.family().equals("ATTACK")).toList()))
        .containsExactly(60L);
  }

  @Test
  void aPlaceOfAnotherEventNounIsNotTheEventsPlace() throws Exception {
    Analysis a =
        analyze(
            "Government troops pushed into the outskirts of Idlib on Saturday. After a week-long"
                + " truce to let families leave, the offensive resumed on Sunday at a pace not seen"
                + " even in the long battles for the cities of Homs and Hama.");
    assertThat(a.events())
        // the truce's place is not the battles'; the offensive, a clash like the battles, may be
        .filteredOn(e -> e.family().equals("CEASEFIRE"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(placeName(a, e)).isNotIn("Homs", "Hama", "Ḩimş", "Ḩamāh"));
    // a weaponless "attack" (typed from its sentence's weapons) is an event noun too
    Analysis b =
        analyze(
            "Rebels shelled army positions on Monday, a day after the attack on a convoy near"
                + " Homs.");
    assertThat(b.failures()).isEmpty();
    assertThat(b.events()).extracting(Event::type).contains("ATTACK.SHELLING");
  }

  @Test
  void aClaimDisputedByAPartyIsItsDenial() throws Exception {
    Analysis a =
        analyze(
            "The army said on Monday that it had retaken the town of Marib. The claim was"
                + " disputed by the Houthi movement, which said its fighters still held the"
                + " centre.");
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("DENIAL"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.actors()).extracting(Participant::name).contains("Houthi movement"));
  }

  @Test
  void theTollOfAnEarlierActTheSentenceRecallsIsNoFigureOfItsEvents() throws Exception {
    // the figures of a clause that hangs on "after" or "following", or that is dated to last
    // month, are an earlier act's; the sentence's own event does not take them
    Analysis a =
        analyze(
            "A car bomb exploded outside a bakery in the northern town of Qamishli on Monday,"
                + " killing three people, medics said.\n"
                + "The blast came two days after 45 soldiers were killed in an ambush on the"
                + " highway.\n"
                + "Militants shelled the market on Sunday, following a raid that killed 30"
                + " villagers.\n"
                + "Last month a suicide bomber killed 62 worshippers at a mosque in the town.");
    assertThat(killed(a.events())).containsExactly(3L);
  }

  @Test
  void aWhenClauseDatesBothOfTwoJoinedClauses() throws Exception {
    // published Monday 2024-06-03: the bombs fell on Saturday, which dates the deaths too
    for (String text :
        List.of(
            "Four people died and many others struggled to breathe when barrel bombs were dropped"
                + " on a district of Aleppo on Saturday, a hospital said.",
            "At least six people died and dozens suffered burns when a barrel bomb was dropped on a"
                + " crowded market in the town on Saturday, medics said.")) {
      Analysis a = analyze(text);
      assertThat(a.events())
          .filteredOn(e -> e.family().equals("ATTACK"))
          .singleElement()
          .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 6, 1)));
    }
  }

  @Test
  void aNationalityAdjectiveOrAPartOfAWordIsNotWhereTheEventHappened() throws Exception {
    // "Britain" and "Russia" are named literally later, but "Britain-based" and "Russian" only
    // qualify the monitor and the planes: the raid stays where the paragraph is
    Analysis a =
        analyze(
            "Smoke rose over the town of Saraqib after a night of raids.\n"
                + "A Britain-based monitor said Russian planes had killed nine people there.\n"
                + "Diplomats from Britain and Russia traded blame at the United Nations.");
    assertThat(a.events())
        .filteredOn(e -> e.family().equals("ATTACK"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(placeName(a, e)).isIn("Saraqib", "Sarāqib"));
  }
}
