package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameMatchTest {
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "Serhiy Orlov, Serhiy Orlov",
    "Orlov, Serhiy Orlov",
    "Serhiy Orlov, Orlov",
    "deputy mayor Serhiy Orlov, Serhiy Orlov",
    "ORLOV, orlov",
    "Mr. Orlov, Serhiy Orlov",
    "Mr Orlov, Serhiy Orlov",
    "the police, police",
    "The Police, local police",
    "police, the police",
    "Russia's defence ministry, defence ministry",
    "Russia's defence ministry, Russia",
    "Russia’s defence ministry, Russia",
    "Putin's troops, Putin troops",
    "Kremlin's, Kremlin",
    "U.S. officials, US",
    "the U.S., U.S.",
    "al-Assad, Assad",
    "Bashar al-Assad, Bashar al Assad",
    "\"Orlov\", Orlov",
    "Volodymyr Zelensky, Zelensky"
  })
  void matches(String name, String alias) {
    assertThat(NameMatch.matches(name, alias)).isTrue();
    assertThat(NameMatch.matches(alias, name)).isTrue();
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({
    "Orlova, Orlov",
    "Orlov, Orlova",
    "Serhiy Petrov, Serhiy Orlov",
    "Mr. Petrov, Serhiy Orlov",
    "Russian forces, Russia",
    "Russians, Russia",
    "police chief, local police",
    "Maria Zakharova, Zakharova Maria",
    "Trumpet, Trump",
    "the, the police",
    "Mr., Mr. Orlov"
  })
  void doesNotMatch(String name, String alias) {
    assertThat(NameMatch.matches(name, alias)).isFalse();
    assertThat(NameMatch.matches(alias, name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "he",
        "He",
        "she",
        "they",
        "them",
        "his",
        "it",
        "I",
        "we",
        "who",
        "which",
        "that",
        "The they",
        "he himself",
        "someone"
      })
  void pronounsNeverMatch(String pronoun) {
    assertThat(NameMatch.isPronoun(pronoun)).isTrue();
    assertThat(NameMatch.words(pronoun)).isEmpty();
    assertThat(NameMatch.matches(pronoun, pronoun)).isFalse();
    assertThat(NameMatch.matches(pronoun, List.of("he", "she", "they", "it", "his wife")))
        .isFalse();
  }

  @Test
  void wordsWithPronounsAreNotPronouns() {
    assertThat(NameMatch.isPronoun("his spokesman")).isFalse();
    assertThat(NameMatch.matches("his spokesman", "spokesman")).isTrue();
    assertThat(NameMatch.isPronoun("US")).isFalse();
    assertThat(NameMatch.matches("US", "the US")).isTrue();
    assertThat(NameMatch.isPronoun("IT")).isFalse();
  }

  @Test
  void matchesAnyAlias() {
    List<String> aliases = List.of("McCain", "John McCain", "Senator John McCain");
    assertThat(NameMatch.matches("Sen. McCain", aliases)).isTrue();
    assertThat(NameMatch.matches("John", aliases)).isTrue();
    assertThat(NameMatch.matches("Lindsey Graham", aliases)).isFalse();
    assertThat(NameMatch.matches("McCain", List.of())).isFalse();
    assertThat(NameMatch.matches("McCain", (List<String>) null)).isFalse();
  }

  @Test
  void blanksAndNullsNeverMatch() {
    assertThat(NameMatch.matches(null, "Orlov")).isFalse();
    assertThat(NameMatch.matches("Orlov", (String) null)).isFalse();
    assertThat(NameMatch.matches("", "")).isFalse();
    assertThat(NameMatch.matches("  ", "Orlov")).isFalse();
    assertThat(NameMatch.matches("—", "—")).isFalse();
  }

  @Test
  void normalisesWords() {
    assertThat(NameMatch.words("The Russia's Defence-Ministry"))
        .containsExactly("russia", "defence", "ministry");
    assertThat(NameMatch.words("Mr. J.K. Smith")).containsExactly("jk", "smith");
    assertThat(NameMatch.words("the Mr. Smith")).containsExactly("smith");
    assertThat(NameMatch.words("Theresa May")).containsExactly("theresa", "may");
  }
}
