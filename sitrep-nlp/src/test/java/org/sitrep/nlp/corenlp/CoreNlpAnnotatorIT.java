package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaner;
import org.sitrep.extract.events.TriggerLexicon;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.Dependency;
import org.sitrep.model.NameMention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.nlp.ParseSelector;

/**
 * Real CoreNLP, as sitrep runs it (the dependency parser on the sentences with a trigger word or a
 * speech verb): offsets, sentences, name mentions and dependencies converted into sitrep records.
 */
class CoreNlpAnnotatorIT {
  private static CoreNlpAnnotator annotator;
  private static ExecutorService pool;

  private static final String UKRAINE =
      """
      Olena Kovalenko fled Kharkiv with her two sons after Russian missiles hit their street.
      She now lives in a dormitory in Lviv, run by the Red Cross
      Her husband, Andriy, stayed behind to work at the power plant
      """;

  // emoji (surrogate pairs), combining and precomposed diacritics, non-Latin script
  private static final String UNICODE =
      "🇺🇦🔥 Ukrainian officials said Zoë Müller of Médecins Sans Frontières reached Kherson.\n"
          + "In Hà Nội, the Vietnamese foreign ministry 📢 called for restraint; in Kyiv the"
          + " governor, Олег Синєгубов, said 12 people were hurt 😢 overnight.\n";

  // an all-caps wire story, written for this test
  private static final String WIRE =
      "KYIV, MARCH 14 (WIRE) - RUSSIAN FORCES SHELLED THE EASTERN TOWN OF KOSTIANTYNIVKA"
          + " OVERNIGHT, KILLING THREE CIVILIANS AND WOUNDING ELEVEN, THE REGIONAL GOVERNOR SAID.\n"
          + "GOVERNOR VADYM FILASHKIN SAID RESCUE CREWS WERE STILL SEARCHING THE RUBBLE OF A"
          + " FIVE-STOREY BUILDING.\n"
          + "THE UNITED NATIONS CALLED FOR AN IMMEDIATE HALT TO ATTACKS ON CIVILIAN AREAS.\n";

  @BeforeAll
  static void load() {
    annotator =
        new CoreNlpAnnotator(
            NlpSettings.sitrep(),
            ParseSelector.lemmas(Set.of(), TriggerLexicon.speechVerbs())
                .or(TriggerLexicon.sentenceTest()::test));
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static CleanDocument doc(String text) {
    return new CleanDocument(
        "t",
        Cleaner.sha256(text),
        null,
        LocalDate.of(2024, 3, 12),
        null,
        text,
        OffsetMap.identity(text.length()));
  }

  private static AnnotatedDocument annotate(String text) {
    return annotator.annotate(doc(text));
  }

  private static void assertTokensMatchTheText(AnnotatedDocument d) {
    String text = d.text();
    List<Token> tokens = d.tokens();
    assertThat(tokens).isNotEmpty();
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertThat(t.index()).isEqualTo(i);
      assertThat(t.span().of(text)).as("token %d", i).isEqualTo(t.word());
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = t.end();
    }
  }

  @Test
  void tokenOffsetsPointAtTheirWordsInTheText() {
    AnnotatedDocument d = annotate(UKRAINE);
    assertTokensMatchTheText(d);
    assertThat(d.tokens()).extracting(Token::word).contains("Kovalenko", "Kharkiv", "Lviv");
    assertThat(d.tokenCount()).isEqualTo(d.tokens().size());
  }

  @Test
  void offsetsAreUtf16CodeUnitsWithEmojiAndDiacritics() {
    AnnotatedDocument d = annotate(UNICODE);
    assertTokensMatchTheText(d);
    Token kherson =
        d.tokens().stream().filter(t -> t.word().equals("Kherson")).findFirst().orElseThrow();
    assertThat(kherson.start()).isEqualTo(UNICODE.indexOf("Kherson"));
    Token muller =
        d.tokens().stream().filter(t -> t.word().equals("Müller")).findFirst().orElseThrow();
    assertThat(muller.start()).isEqualTo(UNICODE.indexOf("Müller"));
    Token overnight =
        d.tokens().stream().filter(t -> t.word().equals("overnight")).findFirst().orElseThrow();
    assertThat(overnight.start()).isEqualTo(UNICODE.indexOf("overnight"));
    assertThat(d.tokens()).extracting(Token::word).contains("Синєгубов");
  }

  @Test
  void aLineBreakAlwaysEndsASentence() {
    AnnotatedDocument d = annotate(UKRAINE);
    // three lines, the last two without a full stop: three sentences
    assertThat(d.sentences()).hasSize(3);
    for (Sentence s : d.sentences()) {
      assertThat(s.span().of(UKRAINE)).doesNotContain("\n");
      assertThat(s.tokens()).isNotEmpty();
      assertThat(s.span().start()).isEqualTo(s.tokens().get(0).start());
      assertThat(s.span().end()).isEqualTo(s.tokens().get(s.tokens().size() - 1).end());
    }
    assertThat(d.sentences().get(1).span().of(UKRAINE))
        .isEqualTo("She now lives in a dormitory in Lviv, run by the Red Cross");
    assertThat(d.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
  }

  @Test
  void severalSentencesOnOneLineAreSplit() {
    AnnotatedDocument d =
        annotate("Shelling hit Kherson overnight. Two people died. Rescuers are at the scene.\n");
    assertThat(d.sentences()).hasSize(3);
  }

  @Test
  void nameMentionsAreFoundWithConsistentSpansAndTokens() {
    AnnotatedDocument d = annotate(UKRAINE);
    List<NameMention> names = d.names();
    assertThat(names)
        .anySatisfy(
            n -> {
              assertThat(n.label()).isEqualTo("PERSON");
              assertThat(n.text()).isEqualTo("Olena Kovalenko");
            });
    assertThat(names)
        .anySatisfy(
            n -> {
              assertThat(n.label()).isEqualTo("LOCATION");
              assertThat(n.text()).isEqualTo("Kharkiv");
            });
    assertThat(names)
        .anySatisfy(
            n -> {
              assertThat(n.label()).isEqualTo("LOCATION");
              assertThat(n.text()).isEqualTo("Lviv");
            });
    assertThat(names)
        .anySatisfy(
            n -> {
              assertThat(n.label()).isEqualTo("ORGANIZATION");
              assertThat(n.text()).contains("Red Cross");
            });
    for (NameMention n : names) {
      assertThat(n.span().of(UKRAINE)).isEqualTo(n.text());
      assertThat(n.label()).isIn("PERSON", "LOCATION", "ORGANIZATION", "MISC");
      assertThat(d.tokens().get(n.firstToken()).start()).isEqualTo(n.span().start());
      assertThat(d.tokens().get(n.lastToken()).end()).isEqualTo(n.span().end());
    }
  }

  @Test
  void tokensCarryPartsOfSpeechLemmasAndNerLabels() {
    AnnotatedDocument d = annotate(UKRAINE);
    Token fled = d.tokens().stream().filter(t -> t.word().equals("fled")).findFirst().orElseThrow();
    assertThat(fled.lemma()).isEqualTo("flee");
    assertThat(fled.pos()).isEqualTo("VBD");
    assertThat(fled.ner()).isEqualTo("O");
    Token kharkiv =
        d.tokens().stream().filter(t -> t.word().equals("Kharkiv")).findFirst().orElseThrow();
    assertThat(kharkiv.isProperNoun()).isTrue();
    assertThat(kharkiv.ner()).isEqualTo("LOCATION");
  }

  @Test
  void annotatingFromTwoThreadsGivesTheSameResult() throws Exception {
    Future<AnnotatedDocument> a = pool.submit(() -> annotate(UNICODE));
    Future<AnnotatedDocument> b = pool.submit(() -> annotate(UNICODE));
    AnnotatedDocument x = a.get();
    AnnotatedDocument y = b.get();
    assertThat(x.sentences()).isEqualTo(y.sentences());
    assertThat(x.names()).isEqualTo(y.names());
  }

  @Test
  void descriptionNamesTheVersionAndAnnotators() {
    assertThat(annotator.description())
        .contains(CoreNlpAnnotator.CORENLP_VERSION)
        .contains("tokenize")
        .contains("ner")
        .contains("depparse");
  }

  private static Token word(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
  }

  private static Dependency edge(Sentence s, String relation, Token governor) {
    return s.dependencies().stream()
        .filter(d -> d.relation().equals(relation) && d.governor() == governor.index())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + relation + " of " + governor.word()));
  }

  @Test
  void aSentenceWithATriggerIsParsedAndOneWithoutIsNot() {
    String text =
        "The weather was mild and the market was busy.\n"
            + "Artillery units shelled the southern village before dawn.\n";
    AnnotatedDocument d = annotate(text);
    assertThat(d.sentences()).hasSize(2);
    Sentence calm = d.sentences().get(0);
    Sentence attack = d.sentences().get(1);
    assertThat(calm.dependencies()).isEmpty();
    assertThat(attack.dependencies()).isNotEmpty();

    Token shelled = word(attack, "shelled");
    Dependency subject = edge(attack, "nsubj", shelled);
    Dependency object = edge(attack, "obj", shelled);
    // document-wide token indexes, pointing at the right characters of the text
    assertThat(d.tokens().get(subject.dependent()).word()).isEqualTo("units");
    assertThat(d.tokens().get(object.dependent()).word()).isEqualTo("village");
    assertThat(subject.governor()).isEqualTo(shelled.index());
    assertThat(shelled.index()).isGreaterThan(calm.lastToken());
    assertThat(d.tokens().get(subject.dependent()).span().of(text)).isEqualTo("units");
    assertThat(d.tokens().get(object.dependent()).start()).isEqualTo(text.indexOf("village"));
    assertThat(attack.dependencies())
        .anySatisfy(
            r -> {
              assertThat(r.relation()).isEqualTo("root");
              assertThat(r.governor()).isEqualTo(-1);
              assertThat(r.dependent()).isEqualTo(shelled.index());
            });
    for (Dependency r : attack.dependencies()) {
      assertThat(r.dependent()).isBetween(attack.firstToken(), attack.lastToken());
    }
  }

  private static Token first(AnnotatedDocument d, String word) {
    return d.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
  }

  @Test
  void allCapsTextIsTruecasedForTaggingButKeepsItsCharactersAndOffsets() {
    AnnotatedDocument d = annotate(WIRE);
    assertTokensMatchTheText(d); // every token's word is the original capitals at its offsets
    Token shelled = first(d, "SHELLED");
    assertThat(shelled.pos()).isEqualTo("VBD");
    assertThat(shelled.lemma()).isEqualTo("shell");
    assertThat(shelled.start()).isEqualTo(WIRE.indexOf("SHELLED"));
    assertThat(first(d, "SAID").pos()).isEqualTo("VBD");
    assertThat(first(d, "SAID").lemma()).isEqualTo("say");
    assertThat(first(d, "SEARCHING").pos()).isEqualTo("VBG");
    assertThat(first(d, "CIVILIANS").lemma()).isEqualTo("civilian");
    assertThat(first(d, "THE").lemma()).isEqualTo("the");
    assertThat(first(d, "RUBBLE").isProperNoun()).isFalse();
    // each token also keeps the form the tagger read, and capitalisation is asked of that form
    assertThat(first(d, "SAID").cased()).isEqualTo("said");
    assertThat(first(d, "SAID").recased()).isTrue();
    assertThat(first(d, "SAID").isCapitalised()).isFalse();
    assertThat(first(d, "FILASHKIN").isCapitalised()).isTrue();
    assertThat(d.names())
        .anySatisfy(
            n -> {
              assertThat(n.label()).isEqualTo("PERSON");
              assertThat(n.text()).isEqualTo("VADYM FILASHKIN");
              assertThat(n.span().start()).isEqualTo(WIRE.indexOf("VADYM"));
            });
    assertThat(d.names())
        .anySatisfy(
            n -> {
              assertThat(n.label()).isEqualTo("ORGANIZATION");
              assertThat(n.text()).isEqualTo("UNITED NATIONS");
            });
    assertThat(d.names())
        .anySatisfy(
            n -> {
              assertThat(n.label()).isEqualTo("LOCATION");
              assertThat(n.text()).isEqualTo("KOSTIANTYNIVKA");
            });
    for (NameMention n : d.names()) {
      assertThat(n.span().of(WIRE)).isEqualTo(n.text());
    }
    // the parser reads the truecased words too
    Sentence statement = d.sentences().get(1);
    assertThat(d.tokens().get(edge(statement, "nsubj", word(statement, "SAID")).dependent()).word())
        .isEqualTo("FILASHKIN");
  }

  @Test
  void aHeadlineCaseSentenceIsTruecasedAndOrdinaryTextIsNot() {
    String text =
        "Russian Missiles Hit Apartment Block In Dnipro As Talks Stall\n"
            + "Talks in Geneva stalled on Monday, officials said.\n";
    AnnotatedDocument d = annotate(text);
    assertTokensMatchTheText(d);
    Sentence headline = d.sentences().get(0);
    assertThat(word(headline, "Missiles").pos()).isEqualTo("NNS");
    assertThat(word(headline, "Missiles").lemma()).isEqualTo("missile");
    assertThat(word(headline, "Hit").pos()).isEqualTo("VBD");
    assertThat(word(headline, "Dnipro").ner()).isEqualTo("LOCATION");
    assertThat(word(d.sentences().get(1), "Geneva").ner()).isEqualTo("LOCATION");
    assertThat(word(headline, "Missiles").cased()).isEqualTo("missiles");
    assertThat(word(headline, "Missiles").isCapitalised()).isFalse();
    assertThat(d.sentences().get(1).tokens()).noneMatch(Token::recased);
  }

  @Test
  void aSpeechVerbSelectsItsSentence() {
    AnnotatedDocument d = annotate("The mayor said the bridge was safe.\n");
    Sentence s = d.sentences().get(0);
    Token said = word(s, "said");
    assertThat(d.tokens().get(edge(s, "nsubj", said).dependent()).word()).isEqualTo("mayor");
  }
}
