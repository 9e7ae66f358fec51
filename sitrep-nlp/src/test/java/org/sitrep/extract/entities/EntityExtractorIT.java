package org.sitrep.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.InputException;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Mention;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;

/** People, organisations, groups and nationalities with merged mentions and roles. */
class EntityExtractorIT {
  private static final String SAHEL =
      """
      Jihadist fighters attacked an army post near Djibo in northern Burkina Faso on Saturday, killing at least 30 soldiers, two security sources said.
      President Amara Keita called the attack cowardly.
      Keita’s government has expelled foreign journalists, and Keita has refused to comment on the death toll.
      Hawa Diallo, deputy mayor of Djibo, said the town had been under blockade since January.
      Defence Minister Sadou Traore visited the base on Sunday.
      The International Committee of the Red Cross said it had evacuated 40 wounded people to Ouagadougou.
      """;

  private static final String UKRAINE =
      """
      Russian forces shelled Kharkiv overnight, killing three people, regional governor Petro Hnatiuk said.
      Hnatiuk said rescuers were still searching the rubble.
      Many Ukrainians in the city now sleep in metro stations.
      “We will not leave,” said Olena Kovalenko, a teacher in the Saltivka district.
      """;

  private static CoreNlpAnnotator annotator;
  private static List<Entity> sahel;
  private static String sahelText;
  private static List<Entity> ukraine;

  @BeforeAll
  static void analyse() throws InputException {
    annotator = new CoreNlpAnnotator(NlpSettings.sitrep());
    AnnotatedDocument s = annotate(SAHEL);
    sahelText = s.text();
    sahel = new EntityExtractor().extract(s, List.of());
    ukraine = new EntityExtractor().extract(annotate(UKRAINE), List.of());
  }

  private static AnnotatedDocument annotate(String text) throws InputException {
    return annotator.annotate(
        new Cleaner()
            .clean(
                new RawArticle(
                    "t", "t", SourceFormat.TEXT, text, LocalDate.of(2024, 3, 12), null, null)));
  }

  private static Entity named(List<Entity> entities, String name) {
    List<Entity> found = entities.stream().filter(e -> e.name().equals(name)).toList();
    assertThat(found).as("entity '%s' among %s", name, entities).hasSize(1);
    return found.get(0);
  }

  @Test
  void titledNameSurnameAndPossessiveAreOnePerson() {
    Entity keita = named(sahel, "Amara Keita");
    assertThat(keita.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(keita.mentions()).hasSize(3);
    assertThat(keita.mentions())
        .extracting(Mention::text)
        .containsExactly("Amara Keita", "Keita", "Keita");
    // the second mention is the possessive "Keita’s"
    Mention possessive = keita.mentions().get(1);
    assertThat(sahelText.substring(possessive.end())).startsWith("’s government");
    // no separate entity for the bare surname
    assertThat(sahel).filteredOn(e -> e.name().equals("Keita")).isEmpty();
  }

  @Test
  void surnameAloneJoinsTheFullName() {
    Entity hnatiuk = named(ukraine, "Petro Hnatiuk");
    assertThat(hnatiuk.mentions())
        .extracting(Mention::text)
        .containsExactly("Petro Hnatiuk", "Hnatiuk");
  }

  @Test
  void roleFromTheTitleBeforeTheName() {
    assertThat(named(sahel, "Amara Keita").role()).isEqualTo("President");
    assertThat(named(sahel, "Sadou Traore").role()).isEqualTo("Defence Minister");
    assertThat(named(ukraine, "Petro Hnatiuk").role()).isEqualTo("regional governor");
  }

  @Test
  void roleFromTheAppositiveAfterTheName() {
    assertThat(named(sahel, "Hawa Diallo").role()).isEqualTo("deputy mayor of Djibo");
  }

  @Test
  void roleFromASentenceFinalAppositive() {
    assertThat(named(ukraine, "Olena Kovalenko").role())
        .isEqualTo("teacher in the Saltivka district");
  }

  @Test
  void organisationSplitByOfTheIsJoined() {
    Entity icrc = named(sahel, "International Committee of the Red Cross");
    assertThat(icrc.kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(icrc.mentions())
        .singleElement()
        .extracting(Mention::text)
        .isEqualTo("International Committee of the Red Cross");
    assertThat(sahel)
        .noneMatch(e -> e.name().equals("Red Cross") || e.name().equals("International Committee"));
  }

  @Test
  void groupsAndNationalities() {
    assertThat(named(sahel, "Jihadist fighters").kind()).isEqualTo(EntityKind.GROUP);
    assertThat(named(ukraine, "Russian forces").kind()).isEqualTo(EntityKind.GROUP);
    assertThat(named(ukraine, "Ukrainians").kind()).isEqualTo(EntityKind.NATIONALITY);
  }

  @Test
  void idsFollowFirstMentionsAndMentionsPointAtTheirText() {
    for (List<Entity> entities : List.of(sahel, ukraine)) {
      int previous = -1;
      for (int i = 0; i < entities.size(); i++) {
        Entity e = entities.get(i);
        assertThat(e.id()).isEqualTo("e" + (i + 1));
        assertThat(e.mentions()).isNotEmpty();
        assertThat(e.mentions().get(0).start()).isGreaterThanOrEqualTo(previous);
        previous = e.mentions().get(0).start();
        for (int k = 1; k < e.mentions().size(); k++) {
          assertThat(e.mentions().get(k).start()).isGreaterThan(e.mentions().get(k - 1).start());
        }
      }
    }
    for (Entity e : sahel) {
      for (Mention m : e.mentions()) {
        assertThat(m.span().of(sahelText)).isEqualTo(m.text());
      }
    }
  }
}
