package org.sitrep.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** All-caps copy is matched for dates in a name-cased copy of the same length. */
class WordCaseTest {
  @Test
  void allCapsCopyIsNameCasedLetterForLetter() {
    String caps = "KABUL, NOV 18 - GUNMEN ATTACKED A POST ON MONDAY NIGHT, POLICE SAID.";
    String cased = DateExtractor.wordCase(caps);
    assertThat(cased)
        .isEqualTo("Kabul, Nov 18 - Gunmen Attacked A Post On Monday Night, Police Said.");
    assertThat(cased).hasSameSizeAs(caps);
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    String text = "Gunmen attacked a UN post on Monday night, police said.";
    assertThat(DateExtractor.wordCase(text)).isSameAs(text);
  }
}
