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
import org.sitrep.model.Quote;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;
import org.sitrep.pipeline.Pipeline;

/**
 * Attribution in feature and feed style: articles whose paragraphs were run together into one,
 * speakers named after the quotation in the sentence before, lead-ins ending in a colon, "the words
 * of X", coordinated and participle speech verbs, pronouns after a fronted participle phrase.
 * Articles written for this test.
 */
class RunOnAttributionIT {
  /** One paragraph, as a feed delivers an article whose line breaks were lost. */
  static final String FLAT =
      "Fighting closed the road to Kassala on Friday, aid workers said. “We have not seen a truck"
          + " for nine days,” said Halima Osman, 41, a teacher from the town. “The children eat once"
          + " a day now.” Yusuf Adam, who runs the grain market, said the price of flour had tripled"
          + " since June. “A sack costs more than a week of wages.” Ibrahim Musa, a driver, described"
          + " the road as a trap. Two trucks were turned back at the checkpoint and the regional"
          + " council declined to discuss the convoy, but said: “Our trucks will move as soon as the"
          + " bridge is repaired.” “Who will pay for the fuel?” asked Nadia Rahim, whose clinic the"
          + " governor has promised to supply. “We have had no insulin since March.” “We are eating"
          + " the seed for next year,” said a 40-year-old farmer who would not give his name.\n";

  static final String FEATURE =
      """
      “This is a war on bread.” Those were the words of Samir Khoury, a baker in the old city, as the siege entered its third month.
      On Monday Leila Haddad walked across the front line to reach her mother's house, later writing on Instagram: “The street where I grew up is gone.” Omar Said, a neighbour, said she had been warned not to go.
      In the words of the city's archbishop, “no one here has anything left to give”.
      Jan Kowalski, a Polish volunteer who drove an ambulance with Omar Said, wrote about the crossing on his blog. “We waited four hours at the last checkpoint,” he wrote.
      Standing beside a photograph of Omar Said, he says: “He carried the wounded on his back.”
      The Free Bakers campaign has collected money for the bakeries since the spring. It said on Twitter: “Every oven we repair feeds a street.”
      The governor wrote to the United Nations saying that the city “cannot survive another winter”.
      """;

  private static Pipeline pipeline;
  private static Analysis flat;
  private static Analysis feature;

  @BeforeAll
  static void analyse() throws InputException {
    pipeline =
        new Pipeline(
            new CoreNlpAnnotator(NlpSettings.sitrep()), PlaceResolver.NONE, EventExtractor.NONE);
    flat = analyse("flat", FLAT);
    feature = analyse("feature", FEATURE);
  }

  private static Analysis analyse(String id, String text) throws InputException {
    return pipeline.analyze(
        new RawArticle(id, id, SourceFormat.TEXT, text, LocalDate.of(2025, 11, 3), null, null));
  }

  private static String speaker(Analysis a, String quoteStart) {
    List<Quote> found = a.quotes().stream().filter(q -> q.text().startsWith(quoteStart)).toList();
    assertThat(found).as("quotations starting '%s'", quoteStart).hasSize(1);
    assertThat(found.get(0).speaker()).as("speaker of '%s'", quoteStart).isNotNull();
    return found.get(0).speaker().name();
  }

  @Test
  void aQuotationAfterAnAttributedOneInTheSameParagraphGoesOnWithItsSpeaker() {
    // not the person the next sentence reports on
    assertThat(speaker(flat, "The children eat once a day")).isEqualTo("Halima Osman");
  }

  @Test
  void aQuotationAfterReportedSpeechInTheSameParagraphIsTheReporters() {
    assertThat(speaker(flat, "A sack costs more")).isEqualTo("Yusuf Adam");
  }

  @Test
  void anAttributionAfterAQuestionMarkCountsForTheNextQuotation() {
    // "“…?” asked X, …" is a sentence of its own after the question mark
    assertThat(speaker(flat, "We have had no insulin")).isEqualTo("Nadia Rahim");
  }

  @Test
  void aCoordinatedSpeechVerbSharesTheSubjectOfTheVerbBeforeIt() {
    assertThat(speaker(flat, "Our trucks will move")).isEqualTo("regional council");
  }

  @Test
  void aNumberInsideTheSpeakersDescriptionKeepsTheDescription() {
    assertThat(speaker(flat, "We are eating the seed")).endsWith("farmer");
  }

  @Test
  void theWordsOfXAfterOrBeforeTheQuotation() {
    assertThat(speaker(feature, "This is a war on bread")).isEqualTo("Samir Khoury");
    assertThat(speaker(feature, "no one here has anything")).endsWith("archbishop");
  }

  @Test
  void aLeadInEndingInAColonBeatsTheReporterOfTheNextSentence() {
    assertThat(speaker(feature, "The street where I grew up")).isEqualTo("Leila Haddad");
  }

  @Test
  void aFirstNameOfBothGendersIsDecidedByHowOftenEachIsSeen() {
    assertThat(speaker(feature, "We waited four hours")).isEqualTo("Jan Kowalski");
  }

  @Test
  void aPronounAfterAFrontedParticiplePhraseIsNotAPersonInsideIt() {
    assertThat(speaker(feature, "He carried the wounded")).isEqualTo("Jan Kowalski");
  }

  @Test
  void itIsTheNamedBodyThatOpensTheSentenceBefore() {
    assertThat(speaker(feature, "Every oven we repair")).isEqualTo("Free Bakers campaign");
  }

  @Test
  void aParticipleAfterThePrepositionalObjectSpeaksForTheSubject() {
    assertThat(speaker(feature, "cannot survive another winter")).isEqualTo("governor");
  }

  @Test
  void aParagraphOfOneOpenMarkBeforeAQuotationDoesNotFailTheAnalysis() throws InputException {
    // issue 10: the second paragraph's quotation was chained to index -1 and the analysis failed
    Analysis a = analyse("lone-mark", "\"\n\n\"Hi,\" she said.\n");
    assertThat(a.quotes()).extracting(Quote::text).containsExactly("Hi");
  }
}
