package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalsTest {
  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void aTextMostlyInCapitalsIsTruecased() {
    assertThat(Capitals.mostlyCapitals("TROOPS WITHDREW FROM THE VILLAGE ON FRIDAY.")).isTrue();
    assertThat(Capitals.mostlyCapitals("Troops withdrew from the village, the UN said.")).isFalse();
    assertThat(Capitals.mostlyCapitals("UN NATO")).isFalse(); // too few letters to judge
  }

  @Test
  void sentencesInCapitalsOrHeadlineCaseAreTruecasedShortHeadingsAndProseAreNot() {
    assertThat(Capitals.needsTruecasing(words("TWO BOMBS EXPLODED NEAR THE MARKET"))).isTrue();
    assertThat(Capitals.needsTruecasing(words("Aid Convoy Reaches Besieged Town At Last")))
        .isTrue();
    assertThat(Capitals.needsTruecasing(words("SITUATION OVERVIEW"))).isFalse();
    assertThat(Capitals.needsTruecasing(words("The UN and NATO met in Brussels on Friday")))
        .isFalse();
    assertThat(Capitals.needsTruecasing(words("Aid reached the town , officials said"))).isFalse();
  }
}
