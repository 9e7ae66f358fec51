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
import org.sitrep.model.EntityKind;
import org.sitrep.model.Quote;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;
import org.sitrep.pipeline.Pipeline;

/** Quotations and their speakers on short articles, through the real pipeline and CoreNLP. */
class QuoteAttributionIT {
  static final String SUDAN =
      """
      Shelling killed at least 14 people in the Abu Shouk displacement camp outside El Fasher on Sunday, medics said, as fighting for the last army-held city in Darfur entered its third week.
      Adam Yousif, 62, from Kutum, said: “We buried our neighbours before the sun came up. There is nowhere left to run.”
      “The shells came from the east, where the Rapid Support Forces have their guns,” said Mariam Abdelrahman, a nurse at the camp clinic.
      “We have run out of bandages and clean water,” she said.
      Governor Ibrahim Nour visited the camp on Monday.
      He accused Abdelrahim Dagalo of ordering the bombardment and said: “Every family that loses a child here will remember who fired.”
      Another official said: “We cannot even count the wounded any more.”
      The Sudanese health ministry said in a statement: “Medical supplies cannot reach El Fasher while the siege continues.”
      """;

  static final String UKRAINE =
      """
      Russian missiles struck an apartment block in Kharkiv overnight, killing three people and wounding 11, regional governor Petro Hnatiuk said.
      “It was a direct hit on a residential building, there was no military target anywhere near it,” Hnatiuk told reporters at the scene.
      Mykola Bondar, 58, lost his wife in the strike.
      His son Taras, 31, added: “My father has not said a word since they carried her out.”
      Mayor Ihor Tkachenko declared the strikes were “pure terror against sleeping people” and asked residents to stay in shelters.
      Tkachenko said: “We are clearing the rubble by hand because the cranes were damaged last week.
      “Anyone who can give blood should come to the regional hospital today.”
      """;

  static final String GAZA =
      """
      Israeli strikes on a school sheltering displaced families in Deir al-Balah killed at least 22 people on Thursday, the territory's health ministry said.
      Dr Samir Haddad said: “We are operating without anaesthetic, on the floor, by the light of phones.”
      “There is no safe place anywhere in Gaza,” Haddad said.
      The Israeli military said it had struck a Hamas command centre inside the compound.
      The United Nations Relief and Works Agency said in a statement that the school had been “clearly marked as a shelter”.
      “We are exhausted.” Abu Khaled, 45, said his family had moved six times since October.
      """;

  static final String MYANMAR =
      """
      Resistance fighters said on Tuesday they had captured a military outpost near Lashio after three days of clashes with junta troops.
      “We took the hill at dawn and the soldiers ran,” Lieutenant Sai Hkam of the Ta'ang National Liberation Army told reporters by telephone.
      “The junta’s aircraft bombed the village twice afterwards,” he said.
      “The road to Mandalay is closed in both directions.” Nang Seng, a trader who drives the route every week, said she had been stranded in Hsipaw for five days.
      """;

  static final String SAHEL =
      """
      Jihadist fighters besieging Djibo burned two food trucks on Wednesday, residents said.
      “The operation targeted terrorists, not civilians,” said Colonel Aung Min, a spokesman for the military council.
      Hawa Diallo, the deputy mayor of Djibo, said the town had food for a week.
      “We are eating leaves,” Ms Diallo said.
      Asked about the attack, Defence Minister Sadou Traore said: “Our soldiers will respond.”
      “The convoys cannot pass,” the spokesman for the Sudanese army, Brigadier Nabil Abdallah, said.
      The UN's humanitarian coordinator, Clara Mendes, warned: “Without access, people will starve.”
      “They came at night,” she told Reuters.
      """;

  private static Analysis sudan;
  private static Analysis sahel;
  private static Analysis ukraine;
  private static Analysis gaza;
  private static Analysis myanmar;

  @BeforeAll
  static void analyse() throws InputException {
    Pipeline pipeline =
        new Pipeline(
            new CoreNlpAnnotator(NlpSettings.sitrep()), PlaceResolver.NONE, EventExtractor.NONE);
    sudan = analyse(pipeline, "sudan", SUDAN);
    ukraine = analyse(pipeline, "ukraine", UKRAINE);
    gaza = analyse(pipeline, "gaza", GAZA);
    myanmar = analyse(pipeline, "myanmar", MYANMAR);
    sahel = analyse(pipeline, "sahel", SAHEL);
  }

  private static Analysis analyse(Pipeline p, String id, String text) throws InputException {
    return p.analyze(
        new RawArticle(id, id, SourceFormat.TEXT, text, LocalDate.of(2024, 3, 12), null, null));
  }

  /** The one quotation that starts with these words. */
  private static Quote quote(Analysis a, String startsWith) {
    List<Quote> found = a.quotes().stream().filter(q -> q.text().startsWith(startsWith)).toList();
    assertThat(found).as("quotations starting '%s'", startsWith).hasSize(1);
    return found.get(0);
  }

  private static Entity entity(Analysis a, String name) {
    List<Entity> found = a.entities().stream().filter(e -> e.name().equals(name)).toList();
    assertThat(found).as("entity '%s' among %s", name, a.entities()).hasSize(1);
    return found.get(0);
  }

  /** The quotation's speaker is the named person or organisation, linked to its entity. */
  private static void assertSpokenBy(Analysis a, String quoteStart, String name, EntityKind kind) {
    Quote q = quote(a, quoteStart);
    assertThat(q.speaker()).as("speaker of '%s'", quoteStart).isNotNull();
    assertThat(q.speaker().name()).as("speaker of '%s'", quoteStart).isEqualTo(name);
    Entity e = entity(a, name);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(q.speaker().entity()).as("entity of '%s'", quoteStart).isEqualTo(e.id());
    assertThat(q.confidence()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
  }

  // ---- what every analysis must satisfy ----

  @Test
  void quotationsAreTheWordsInsideTheMarksInTextOrder() {
    for (Analysis a : List.of(sudan, ukraine, gaza, myanmar, sahel)) {
      String text = a.document().text();
      int previous = -1;
      for (int i = 0; i < a.quotes().size(); i++) {
        Quote q = a.quotes().get(i);
        assertThat(q.id()).isEqualTo("q" + (i + 1));
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.start()).isGreaterThan(previous);
        previous = q.start();
        char before = text.charAt(q.start() - 1);
        assertThat(before).as("mark before '%s'", q.text()).isIn('“', '"');
      }
    }
    assertThat(sudan.quotes()).hasSize(6);
    assertThat(ukraine.quotes()).hasSize(5);
    assertThat(gaza.quotes()).hasSize(4);
    assertThat(myanmar.quotes()).hasSize(3);
    assertThat(sahel.quotes()).hasSize(6);
  }

  // ---- attribution patterns ----

  @Test
  void nameThenSaidColon() {
    // honorific dropped from the name: "Dr Samir Haddad said: “…”"
    assertSpokenBy(gaza, "We are operating without anaesthetic", "Samir Haddad", EntityKind.PERSON);
  }

  @Test
  void quoteThenSaidName() {
    assertSpokenBy(sudan, "The shells came from the east", "Mariam Abdelrahman", EntityKind.PERSON);
  }

  @Test
  void quoteThenNameSaid() {
    // the surname alone links to the person first named in full
    assertSpokenBy(gaza, "There is no safe place", "Samir Haddad", EntityKind.PERSON);
    assertSpokenBy(ukraine, "It was a direct hit", "Petro Hnatiuk", EntityKind.PERSON);
  }

  @Test
  void quoteThenPronounSaid() {
    assertSpokenBy(sudan, "We have run out of bandages", "Mariam Abdelrahman", EntityKind.PERSON);
    assertSpokenBy(myanmar, "The junta’s aircraft bombed", "Sai Hkam", EntityKind.PERSON);
  }

  @Test
  void quoteThenSaidTitledNameWithAppositive() {
    assertSpokenBy(sahel, "The operation targeted terrorists", "Aung Min", EntityKind.PERSON);
  }

  @Test
  void honorificAndSurnameLinkToTheFullName() {
    assertSpokenBy(sahel, "We are eating leaves", "Hawa Diallo", EntityKind.PERSON);
  }

  @Test
  void frontedPhraseBeforeTheTitledSpeaker() {
    assertSpokenBy(sahel, "Our soldiers will respond", "Sadou Traore", EntityKind.PERSON);
  }

  @Test
  void pronounIsAPersonNotTheOrganisationSpokenTo() {
    assertSpokenBy(sahel, "They came at night", "Clara Mendes", EntityKind.PERSON);
  }

  @Test
  void nameAgeAndHometownBeforeSaid() {
    assertSpokenBy(sudan, "We buried our neighbours", "Adam Yousif", EntityKind.PERSON);
    // both sentences inside the marks are one quotation
    assertThat(quote(sudan, "We buried our neighbours").text())
        .endsWith("There is nowhere left to run.");
  }

  @Test
  void pronounAfterAnAccusationIsThePreviousSubjectNotTheAccused() {
    Quote q = quote(sudan, "Every family that loses a child");
    assertSpokenBy(sudan, "Every family that loses a child", "Ibrahim Nour", EntityKind.PERSON);
    assertThat(q.speaker().entity()).isNotEqualTo(entity(sudan, "Abdelrahim Dagalo").id());
  }

  @Test
  void unnamedOfficialIsNamedByTheNoun() {
    Quote q = quote(sudan, "We cannot even count the wounded");
    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().name()).isEqualTo("official");
    assertThat(q.speaker().entity()).isNull();
  }

  @Test
  void relativeWithAgeAdded() {
    assertSpokenBy(ukraine, "My father has not said a word", "Taras", EntityKind.PERSON);
    assertThat(entity(ukraine, "Taras").role()).isEqualTo("son");
  }

  @Test
  void partialQuotationAfterDeclaredGoesToTheSubject() {
    Quote q = quote(ukraine, "pure terror against sleeping people");
    assertThat(q.text()).isEqualTo("pure terror against sleeping people");
    assertSpokenBy(ukraine, "pure terror", "Ihor Tkachenko", EntityKind.PERSON);
  }

  @Test
  void institutionAsSpeaker() {
    assertSpokenBy(
        sudan,
        "Medical supplies cannot reach",
        "Sudanese health ministry",
        EntityKind.ORGANIZATION);
    assertSpokenBy(
        gaza,
        "clearly marked as a shelter",
        "United Nations Relief and Works Agency",
        EntityKind.ORGANIZATION);
  }

  @Test
  void twoParagraphQuotationHasOneSpeakerForBothParts() {
    Quote first = quote(ukraine, "We are clearing the rubble by hand");
    Quote second = quote(ukraine, "Anyone who can give blood");
    assertThat(first.text()).endsWith("damaged last week.");
    assertThat(second.start()).isGreaterThan(first.end());
    assertSpokenBy(ukraine, "We are clearing the rubble", "Ihor Tkachenko", EntityKind.PERSON);
    assertSpokenBy(ukraine, "Anyone who can give blood", "Ihor Tkachenko", EntityKind.PERSON);
  }

  // ---- known failures ----

  @Test
  void attributionInTheFollowingSentence() {
    assertSpokenBy(gaza, "We are exhausted", "Abu Khaled", EntityKind.PERSON);
    assertSpokenBy(myanmar, "The road to Mandalay is closed", "Nang Seng", EntityKind.PERSON);
  }

  @Test
  void personOfAnOrganisationAfterTheQuote() {
    assertSpokenBy(myanmar, "We took the hill at dawn", "Sai Hkam", EntityKind.PERSON);
  }

  @Test
  void namedAppositiveAfterATitleIsTheSpeaker() {
    assertSpokenBy(sahel, "The convoys cannot pass", "Nabil Abdallah", EntityKind.PERSON);
    assertSpokenBy(sahel, "Without access, people will starve", "Clara Mendes", EntityKind.PERSON);
  }
}
