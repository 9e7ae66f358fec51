package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Joining hard-wrapped lines: length-preserving, paragraph breaks and bullets kept. */
class LineJoinerTest {
  private static final String WRAPPED =
      "Syrian government aircraft struck a market in the town of\n"
          + "Ariha in Idlib province on Wednesday, killing at least nine\n"
          + "people, according to the White Helmets rescue group, which\n"
          + "said the toll was likely to rise.\n"
          + "\n"
          + "A second strike hit the road to the hospital about an hour\n"
          + "later, witnesses said.\n";

  @Test
  void hardWrappedTextIsDetected() {
    assertThat(LineJoiner.isHardWrapped(WRAPPED)).isTrue();
    String onePerLine =
        "Syrian aircraft struck a market in Ariha on Wednesday.\n"
            + "At least nine people were killed, rescuers said.\n"
            + "A second strike hit the road to the hospital.\n"
            + "Witnesses said the toll would rise.\n"
            + "The government denied targeting civilians.\n";
    assertThat(LineJoiner.isHardWrapped(onePerLine)).isFalse();
  }

  @Test
  void wrappedLinesAreJoinedAndLengthIsKept() {
    String joined = LineJoiner.join(WRAPPED);
    assertThat(joined).hasSameSizeAs(WRAPPED);
    assertThat(joined)
        .contains("in the town of Ariha in Idlib province")
        .contains("killing at least nine people, according to")
        .contains("an hour later, witnesses said.");
    // every character other than a joined line break is unchanged
    for (int i = 0; i < WRAPPED.length(); i++) {
      if (joined.charAt(i) != WRAPPED.charAt(i)) {
        assertThat(WRAPPED.charAt(i)).as("changed at %d", i).isEqualTo('\n');
        assertThat(joined.charAt(i)).isEqualTo(' ');
      }
    }
  }

  @Test
  void paragraphBreakStays() {
    String joined = LineJoiner.join(WRAPPED);
    assertThat(joined).contains("likely to rise.\n\nA second strike");
    assertThat(joined.split("\n\n")).hasSize(2);
  }

  @Test
  void onePerLineTextKeepsItsLinesButJoinsALowerCaseContinuation() {
    String text =
        "Shelling hit Kharkiv overnight.\n"
            + "Three people were killed in the\n"
            + "northern Saltivka district, officials said.\n"
            + "Rescuers worked through the night.\n";
    String joined = LineJoiner.join(text);
    assertThat(joined).hasSameSizeAs(text);
    assertThat(joined)
        .contains("killed in the northern Saltivka district")
        .contains("overnight.\nThree people")
        .contains("said.\nRescuers");
  }

  @Test
  void bulletsAreNotJoinedToThePreviousLine() {
    String text =
        "Aid agencies listed the needs in the camps around El Fasher as\n"
            + "- clean water for 200,000 people\n"
            + "- medicine for cholera\n"
            + "- shelter before the rains\n";
    String joined = LineJoiner.join(text);
    assertThat(joined).isEqualTo(text);
  }

  @Test
  void aLiveBlogsTimeStampsKeepTheirEntriesApart() {
    // headlines and stamps end without a full stop, so the text reads as hard-wrapped; a stamp
    // still heads its entry, and the summary line before it is not the entry's first sentence
    String text =
        "Ceasefire talks resume: live updates\n"
            + "Key events\n"
            + "• Drone strike on a fuel depot near Kherson\n"
            + "• Envoys to meet in Doha on Friday\n"
            + "8.14am\n"
            + "Regional officials say a drone hit a fuel depot on the edge of\n"
            + "the city before dawn.\n"
            + "10:05 GMT\n"
            + "Firefighters have put out the blaze, the emergency service says.\n";
    String joined = LineJoiner.join(text);
    assertThat(joined).hasSameSizeAs(text);
    assertThat(joined)
        .contains("Friday\n8.14am\nRegional officials")
        .contains("on the edge of the city")
        .contains("dawn.\n10:05 GMT\nFirefighters");
  }
}
