package org.sitrep.geo.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.PlaceKind;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.NameMention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The recogniser with the packaged gazetteer on sentences written for these tests, tagged by hand
 * the way the NLP stage tags such sentences when it goes wrong (a town labelled an organisation or
 * a person, a heading run into its paragraph), so that each rule is exercised whatever the tagger
 * does on a given day. Tokens are {@code word/POS/NER}; a leading {@code ~} glues a token to the
 * one before ("al", "~-", "~Shughur").
 */
class ToponymRecognizerTest {
  private static ToponymRecognizer recognizer;
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
    recognizer = new ToponymRecognizer(gazetteer, RecognizerSettings.defaults());
  }

  /** Builds a document from tagged sentences; name mentions are the runs of one NER label. */
  static AnnotatedDocument doc(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    List<NameMention> names = new ArrayList<>();
    int index = 0;
    for (int s = 0; s < sentences.length; s++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int sentenceStart = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String item : sentences[s].trim().split(" +")) {
        boolean glue = item.startsWith("~");
        String[] f = (glue ? item.substring(1) : item).split("/");
        if (!tokens.isEmpty() && !glue) {
          text.append(' ');
        }
        int start = text.length();
        text.append(f[0]);
        tokens.add(new Token(index++, f[0], f[0], f[1], f[2], new Span(start, text.length())));
      }
      out.add(new Sentence(s, new Span(sentenceStart, text.length()), tokens, List.of()));
      for (int i = 0; i < tokens.size(); ) {
        String label = tokens.get(i).ner();
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(label)) {
          j++;
        }
        if (!label.equals("O")) {
          Span span = new Span(tokens.get(i).start(), tokens.get(j).end());
          names.add(
              new NameMention(
                  label,
                  span,
                  tokens.get(i).index(),
                  tokens.get(j).index(),
                  text.substring(span.start(), span.end())));
        }
        i = j + 1;
      }
    }
    String t = text.toString();
    CleanDocument clean =
        new CleanDocument("t", "0", null, null, null, t, OffsetMap.identity(t.length()));
    return new AnnotatedDocument(clean, out, names);
  }

  private static List<String> places(AnnotatedDocument doc) {
    List<String> out = new ArrayList<>();
    for (ToponymMention m : recognizer.recognize(doc)) {
      if (!m.isDemonym()) {
        out.add(m.text());
      }
    }
    return out;
  }

  @Test
  void aSeatWithoutAPopulationGetsTheFloorOfItsRank() {
    long population = 0;
    for (Gazetteer.Match m : gazetteer.lookup("Harim")) {
      GeoEntry e = m.entry();
      if (e.kind() == PlaceKind.CITY && e.country().equals("SY")) {
        population = e.population();
      }
    }
    assertThat(population).isGreaterThanOrEqualTo(5_000);
  }

  @Test
  void newerGeoNamesNamesAndPopulationsReachTheOldDumpsCities() {
    // "Jarablus" is only among the newer dump's names of Jarābulus.
    assertThat(gazetteer.lookup("Jarablus"))
        .extracting(Gazetteer.Match::entry)
        .extracting(GeoEntry::geonamesId)
        .contains(169179L);
    // Pogradec has no population in the old dump, 61,530 in the newer one.
    assertThat(gazetteer.lookup("Pogradec"))
        .extracting(Gazetteer.Match::entry)
        .anySatisfy(e -> assertThat(e.population()).isGreaterThan(50_000));
    // "Tel Tamer" is only in the newer dump's names of Tall Tamr.
    assertThat(gazetteer.lookup("Tel Tamer")).isNotEmpty();
  }

  @Test
  void aTownSpeltWithOtherVowelsIsFoundAmongTheCitiesOfItsCountry() {
    assertThat(gazetteer.lookupConsonants("Arihe", "SY"))
        .extracting(GeoEntry::geonamesId)
        .contains(172994L);
    assertThat(gazetteer.lookupConsonants("Arihe", "TR")).isEmpty();
  }

  @Test
  void aTownLabelledAnOrganisationAfterACueInANamedCountryIsAPlaceWhereverItIsRepeated() {
    AnnotatedDocument d =
        doc(
            "Syrian/JJ/O troops/NNS/O entered/VBD/O Ariha/NNP/ORGANIZATION on/IN/O Monday/NNP/O ././O",
            "Later/RB/O Ariha/NNP/PERSON ’s/POS/O market/NN/O reopened/VBD/O ././O");
    assertThat(places(d)).containsExactly("Ariha", "Ariha");
  }

  @Test
  void theSameWordsInADocumentThatNamesNoCountryOfTheTownAreNot() {
    AnnotatedDocument d =
        doc("Investors/NNS/O entered/VBD/O Ariha/NNP/ORGANIZATION on/IN/O Monday/NNP/O ././O");
    assertThat(places(d)).isEmpty();
  }

  @Test
  void aTownLabelledAPersonAfterACueOrInAListOfPlacesIsAPlace() {
    AnnotatedDocument d =
        doc(
            "Rebels/NNS/O fled/VBD/O into/IN/O Tell/NNP/PERSON Abyad/NNP/PERSON ,/,/O"
                + " officials/NNS/O in/IN/O Syria/NNP/LOCATION said/VBD/O ././O",
            "Shelling/NN/O hit/VBD/O Aleppo/NNP/LOCATION ,/,/O Ariha/NNP/PERSON and/CC/O"
                + " Harim/NNP/PERSON ././O",
            "Gunmen/NNS/O held/VBD/O Salkhad/NNP/PERSON ,/,/O a/DT/O small/JJ/O town/NN/O"
                + " near/IN/O the/DT/O border/NN/O ././O");
    assertThat(places(d))
        .containsExactly("Tell Abyad", "Syria", "Aleppo", "Ariha", "Harim", "Salkhad");
  }

  @Test
  void aLocationLabelCutShortBeforeAnArticleIsExtended() {
    AnnotatedDocument d =
        doc(
            "Jisr/NNP/LOCATION ash/NNP/O ~-/HYPH/O ~Shughur/NNP/O was/VBD/O shelled/VBN/O"
                + " again/RB/O ././O");
    assertThat(places(d)).containsExactly("Jisr ash-Shughur");
  }

  @Test
  void twoCountriesRunTogetherByAHeadingAreTwoMentions() {
    AnnotatedDocument d =
        doc(
            "Yemen/NNP/LOCATION Oman/NNP/LOCATION has/VBZ/O stayed/VBN/O neutral/JJ/O"
                + " so/RB/O far/RB/O ././O");
    assertThat(places(d)).containsExactly("Yemen", "Oman");
  }

  @Test
  void aWordOfAPersonsFullNameThatTheGazetteerDoesNotKnowIsThatPerson() {
    AnnotatedDocument d =
        doc(
            "Maria/NNP/PERSON Kowalczyk/NNP/PERSON was/VBD/O freed/VBN/O ././O",
            "Officials/NNS/O believe/VBP/O Kowalczyk/NNP/LOCATION is/VBZ/O in/IN/O"
                + " Syria/NNP/LOCATION ././O");
    assertThat(places(d)).containsExactly("Syria");
  }

  @Test
  void aTownThatSpeaksAfterAQuotationIsAPersonButACapitalSpeaksForItsGovernment() {
    AnnotatedDocument d =
        doc(
            "“/``/O We/PRP/O stay/VBP/O ,/,/O ”/''/O Marib/NNP/LOCATION said/VBD/O ././O",
            "“/``/O No/DT/O ,/,/O ”/''/O Moscow/NNP/LOCATION said/VBD/O ././O");
    assertThat(places(d)).containsExactly("Moscow");
  }

  @Test
  void aShortCodeIsNotSomeTownsOtherName() {
    AnnotatedDocument d =
        doc("Mining/NN/O firms/NNS/O in/IN/O SA/NNP/O expect/VBP/O losses/NNS/O ././O");
    assertThat(places(d)).isEmpty();
  }

  @Test
  void aCommonWordThatNamesATownIsOneAfterAPrepositionOfPlace() {
    AnnotatedDocument d =
        doc(
            "A/DT/O nurse/NN/O from/IN/O Bath/NNP/O ,/,/O aged/VBN/O 30/CD/O ,/,/O"
                + " was/VBD/O hurt/VBN/O ././O",
            "Bath/NNP/O time/NN/O was/VBD/O over/RB/O ././O");
    assertThat(places(d)).containsExactly("Bath");
  }
}
