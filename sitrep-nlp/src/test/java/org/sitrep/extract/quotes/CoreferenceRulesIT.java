package org.sitrep.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.events.EventExtractor;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.ingest.InputException;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;
import org.sitrep.pipeline.Pipeline;

/**
 * Who a pronoun or an acronym stands for: gender agreement, pronoun chains, acronyms of
 * organisations, definite descriptions ("the group"). Articles written for this test.
 */
class CoreferenceRulesIT {
  static final String YEMEN =
      """
      Aid convoys reached the besieged district of Taiz on Saturday for the first time in a month, the World Food Programme (WFP) said.
      Fatima al-Sayed, the WFP country director, met the governor, Khaled Mansour, at the crossing.
      “We brought enough flour for ten days, no more,” she said.
      Mansour promised the roads would stay open. “Nobody will stop these trucks again,” he said.
      The WFP added that a second convoy was waiting near the port.
      A resident of the Salah district, who asked not to be named, said: “The bakeries opened again this morning.”
      """;

  static final String SAHEL =
      """
      Gunmen attacked a gold mine near the border with Niger on Monday, killing eight workers, a local official said.
      Aminata Traoré runs the clinic in the nearest town. She was the first to reach the mine after the attack.
      “Some of them were still alive when we arrived,” she said.
      The Sahel Liberation Front, an armed group active in the area, issued a statement on Tuesday.
      The group said its fighters had “punished collaborators of the junta”.
      """;

  private static Analysis yemen;
  private static Analysis sahel;

  @BeforeAll
  static void analyse() throws InputException {
    Pipeline pipeline =
        new Pipeline(
            new CoreNlpAnnotator(NlpSettings.sitrep()), PlaceResolver.NONE, EventExtractor.NONE);
    yemen = analyse(pipeline, "yemen", YEMEN);
    sahel = analyse(pipeline, "sahel", SAHEL);
  }

  private static Analysis analyse(Pipeline p, String id, String text) throws InputException {
    return p.analyze(
        new RawArticle(id, id, SourceFormat.TEXT, text, LocalDate.of(2025, 2, 8), null, null));
  }

  private static String speaker(Analysis a, String quoteStart) {
    List<Quote> found = a.quotes().stream().filter(q -> q.text().startsWith(quoteStart)).toList();
    assertThat(found).as("quotations starting '%s'", quoteStart).hasSize(1);
    assertThat(found.get(0).speaker()).as("speaker of '%s'", quoteStart).isNotNull();
    return found.get(0).speaker().name();
  }

  @Test
  void sheIsTheWomanNotTheManMentionedLast() {
    assertThat(speaker(yemen, "We brought enough flour")).isEqualTo("Fatima al-Sayed");
  }

  @Test
  void heIsTheManOfThePreviousSentence() {
    assertThat(speaker(yemen, "Nobody will stop these trucks")).isEqualTo("Khaled Mansour");
  }

  @Test
  void aPronounWhoseAntecedentIsAPronounFollowsTheChain() {
    assertThat(speaker(sahel, "Some of them were still alive")).isEqualTo("Aminata Traoré");
  }

  @Test
  void theGroupIsTheNamedGroupBeforeIt() {
    assertThat(speaker(sahel, "punished collaborators")).isEqualTo("Sahel Liberation Front");
  }

  @Test
  void anAcronymJoinsItsOrganisation() {
    List<Entity> wfp =
        yemen.entities().stream().filter(e -> e.name().equals("World Food Programme")).toList();
    assertThat(wfp).hasSize(1);
    assertThat(wfp.get(0).mentions()).extracting(m -> m.text()).contains("WFP");
    assertThat(yemen.entities()).noneMatch(e -> e.name().equals("WFP"));
  }

  @Test
  void anUnnamedSpeakerBeforeARelativeClauseKeepsTheDescription() {
    assertThat(speaker(yemen, "The bakeries opened again")).isEqualTo("resident");
  }
}
