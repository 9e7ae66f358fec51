package org.sitrep.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks of every kind, apostrophes that are not quotation marks, and chains. */
class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private static String textOf(String text, QuoteFinder.Found f) {
    return text.substring(f.start(), f.end());
  }

  private List<String> quotes(String text) {
    return finder.find(text).stream().map(f -> textOf(text, f)).toList();
  }

  @Test
  void curlyDoubleQuotes() {
    String text = "Adam Yousif, 62, said: “We buried our neighbours before the sun came up.”";
    List<QuoteFinder.Found> found = finder.find(text);
    assertThat(found).hasSize(1);
    QuoteFinder.Found f = found.get(0);
    assertThat(textOf(text, f)).isEqualTo("We buried our neighbours before the sun came up.");
    assertThat(f.open()).isEqualTo(text.indexOf('“'));
    assertThat(f.close()).isEqualTo(text.indexOf('”'));
    assertThat(f.start()).isEqualTo(f.open() + 1);
    assertThat(f.closed()).isTrue();
    assertThat(f.chain()).isZero();
  }

  @Test
  void straightDoubleQuotesWithTheTrailingCommaDropped() {
    String text = "\"They came on motorbikes from three sides,\" said Issa Ouedraogo.";
    assertThat(quotes(text)).containsExactly("They came on motorbikes from three sides");
    QuoteFinder.Found f = finder.find(text).get(0);
    assertThat(f.close()).isEqualTo(text.indexOf('"', 1));
  }

  @Test
  void curlyQuoteWithTrailingCommaAndSpacesInside() {
    String text = "“  The shells came from the east ,  ” said Mariam Abdelrahman.";
    assertThat(quotes(text)).containsExactly("The shells came from the east");
  }

  @Test
  void doubledApostrophes() {
    String text = "''We have nothing left to eat,'' said a mother in Djibo.";
    assertThat(quotes(text)).containsExactly("We have nothing left to eat");
    String latex = "The colonel called it ``a tactical withdrawal'' from Lashio.";
    assertThat(quotes(latex)).containsExactly("a tactical withdrawal");
  }

  @Test
  void guillemets() {
    String text = "The mayor of Gao said: «We will not leave our city to the jihadists.»";
    assertThat(quotes(text)).containsExactly("We will not leave our city to the jihadists.");
  }

  @Test
  void singleCurlyQuotesAroundAPartialQuotation() {
    String text = "The minister called the strike ‘a massacre of the innocent’ and left Homs.";
    assertThat(quotes(text)).containsExactly("a massacre of the innocent");
  }

  @Test
  void apostrophesInsideWordsAreNotQuotationMarks() {
    assertThat(quotes("We don’t know where they took him, and the army won’t say.")).isEmpty();
    assertThat(quotes("The soldiers’ families were moved to Mandalay’s outskirts.")).isEmpty();
    assertThat(quotes("Rock ’n’ roll was banned in the ’90s, residents recall.")).isEmpty();
  }

  @Test
  void apostrophesInsideAQuotationDoNotEndIt() {
    String text = "“We don’t know where the soldiers’ families went,” she said.";
    assertThat(quotes(text)).containsExactly("We don’t know where the soldiers’ families went");
    String single = "‘We don’t have water and the soldiers’ wives are sick,’ he said.";
    assertThat(quotes(single))
        .containsExactly("We don’t have water and the soldiers’ wives are sick");
  }

  @Test
  void severalQuotationsInOneParagraph() {
    String text =
        "“We took the hill at dawn,” the commander said. “The soldiers ran.” Later he added:"
            + " “We have 40 prisoners.”";
    assertThat(quotes(text))
        .containsExactly("We took the hill at dawn", "The soldiers ran.", "We have 40 prisoners.");
    List<QuoteFinder.Found> found = finder.find(text);
    for (int i = 0; i < found.size(); i++) {
      assertThat(found.get(i).chain()).as("own chain").isEqualTo(i);
      assertThat(found.get(i).closed()).isTrue();
    }
  }

  @Test
  void multiParagraphQuotationIsAChain() {
    String text =
        "Mayor Ihor Tkachenko said: “We are clearing the rubble by hand because the cranes were"
            + " damaged.\n"
            + "“Anyone who can give blood should come to the regional hospital.\n"
            + "“We will rebuild every house,” he said.\n"
            + "“Shelters are open all night,” a council official said.\n";
    List<QuoteFinder.Found> found = finder.find(text);
    assertThat(found).hasSize(4);
    assertThat(textOf(text, found.get(0)))
        .isEqualTo("We are clearing the rubble by hand because the cranes were damaged.");
    assertThat(textOf(text, found.get(1)))
        .isEqualTo("Anyone who can give blood should come to the regional hospital.");
    assertThat(textOf(text, found.get(2))).isEqualTo("We will rebuild every house");
    assertThat(found.get(0).closed()).isFalse();
    assertThat(found.get(0).close()).isEqualTo(-1);
    assertThat(found.get(1).closed()).isFalse();
    assertThat(found.get(2).closed()).isTrue();
    // the three parts are one chain headed by the first; the next paragraph starts its own
    assertThat(found.get(0).chain()).isEqualTo(0);
    assertThat(found.get(1).chain()).isEqualTo(0);
    assertThat(found.get(2).chain()).isEqualTo(0);
    assertThat(found.get(3).chain()).isEqualTo(3);
  }

  @Test
  void unclosedQuotationEndsAtTheEndOfItsParagraph() {
    String text =
        "A nurse in Rafah said: “There is no fuel for the generators and the incubators\n"
            + "The ministry said 12 babies were in the unit.\n";
    List<QuoteFinder.Found> found = finder.find(text);
    assertThat(found).hasSize(1);
    QuoteFinder.Found f = found.get(0);
    assertThat(f.closed()).isFalse();
    assertThat(textOf(text, f)).isEqualTo("There is no fuel for the generators and the incubators");
    assertThat(f.end()).isEqualTo(text.indexOf('\n'));
  }

  @Test
  void paragraphAfterAClosedQuotationStartsANewChainEvenIfItOpensWithAQuote() {
    String text = "“We are leaving,” said Amina.\n“So are we,” said her neighbour.\n";
    List<QuoteFinder.Found> found = finder.find(text);
    assertThat(found).extracting(QuoteFinder.Found::chain).containsExactly(0, 1);
  }

  @Test
  void aLoneOpenMarkParagraphDoesNotChainTheNextQuotationToNothing() {
    // issue 10: a paragraph of one unclosed mark and no words, then a quotation opening the next
    // paragraph, linked it to a chain head of -1 and the extractor failed
    String text = "\"\n\n\"Hi,\" she said.\n";
    List<QuoteFinder.Found> found = finder.find(text);
    assertThat(found).hasSize(1);
    assertThat(textOf(text, found.get(0))).isEqualTo("Hi");
    assertThat(found.get(0).chain()).isZero();
    String later = "“We stay.”\n“\n“Hold the line,” he said.\n";
    assertThat(finder.find(later)).extracting(QuoteFinder.Found::chain).containsExactly(0, 1);
  }

  @Test
  void aDoubleQuotationClosedByTwoSingleMarks() {
    String text = "“We will rebuild the school,’’ she said. “It will take a year.’’";
    assertThat(quotes(text)).containsExactly("We will rebuild the school", "It will take a year.");
  }

  @Test
  void aDoubleQuotationClosedByOneSingleMarkAfterItsLastComma() {
    String text = "“The wells are dry,’ said the mayor. “We need tankers.”";
    assertThat(quotes(text)).containsExactly("The wells are dry", "We need tankers.");
  }

  @Test
  void aSingleQuotationInsideADoubleOneDoesNotCloseIt() {
    String text = "“He told me, ‘Go home.’ Then he left,” she said.";
    assertThat(quotes(text)).containsExactly("He told me, ‘Go home.’ Then he left");
  }

  @Test
  void mixedCurlyOpenerClosedByAStraightMark() {
    String text = "The colonel said: “We will hold Bakhmut\" and hung up.";
    assertThat(quotes(text)).containsExactly("We will hold Bakhmut");
  }

  @Test
  void emptyOrOneCharacterQuotationsAreIgnored() {
    assertThat(quotes("The sign read “” and nothing else.")).isEmpty();
    assertThat(quotes("Grade “A” fuel was stolen.")).isEmpty();
  }

  @Test
  void offsetsCountUtf16CodeUnits() {
    String text = "🇺🇦 Olena said: “Ми вистоїмо — we will endure.”";
    QuoteFinder.Found f = finder.find(text).get(0);
    assertThat(f.open()).isEqualTo(text.indexOf('“'));
    assertThat(textOf(text, f)).isEqualTo("Ми вистоїмо — we will endure.");
  }
}
