package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.counts.CountFinder;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Sentence-level rules of {@link TriggerMatcher} on hand-tagged tokens (no models). */
class TriggerMatcherTest {
  /** "word/lemma/POS" triples separated by spaces. */
  private static List<Token> tokens(String tagged) {
    List<Token> toks = new ArrayList<>();
    int i = 0;
    int at = 0;
    for (String part : tagged.split(" ")) {
      String[] f = part.split("/");
      toks.add(new Token(i++, f[0], f[1], f[2], "O", new Span(at, at + f[0].length())));
      at += f[0].length() + 1;
    }
    return toks;
  }

  private static String text(List<Token> toks) {
    StringBuilder b = new StringBuilder();
    for (Token t : toks) {
      b.append(t.word()).append(' ');
    }
    return b.toString();
  }

  private static Hit escape(String tagged, List<Hit> hits) {
    List<Token> toks = tokens(tagged);
    return TriggerMatcher.escapeHit(toks, CountFinder.find(toks, text(toks)), hits, 0);
  }

  @Test
  void peopleWhoGotOutAreAnEvacuation() {
    Hit h =
        escape(
            "Just/just/RB 90/90/CD people/people/NNS managed/manage/VBD"
                + " to/to/TO get/get/VB out/out/RP ./././.",
            List.of());
    assertThat(h).isNotNull();
    assertThat(h.entry().type()).isEqualTo("EVACUATION");
    assertThat(h.first()).isEqualTo(3);
  }

  @Test
  void wereAbleToLeaveIsAnEvacuation() {
    assertThat(
            escape(
                "Only/only/RB 250/250/CD were/be/VBD able/able/JJ to/to/TO leave/leave/VB"
                    + " ./././.",
                List.of()))
        .isNotNull();
  }

  @Test
  void anEscapeFromPrisonIsNoEvacuation() {
    assertThat(
            escape(
                "Only/only/RB 3/3/CD inmates/inmate/NNS managed/manage/VBD to/to/TO"
                    + " escape/escape/VB from/from/IN the/the/DT prison/prison/NN ./././.",
                List.of()))
        .isNull();
  }

  @Test
  void noFigureNoEvacuation() {
    assertThat(
            escape(
                "She/she/PRP managed/manage/VBD to/to/TO get/get/VB out/out/RP" + " ./././.",
                List.of()))
        .isNull();
  }

  @Test
  void anEvacuationTriggerAlreadyThereIsEnough() {
    TriggerLexicon.Entry evacuation =
        new TriggerLexicon.Entry(
            List.of("evacuation"), 'N', "EVACUATION", false, false, false, Set.of(), Set.of());
    assertThat(
            escape(
                "Only/only/RB 250/250/CD were/be/VBD able/able/JJ to/to/TO leave/leave/VB"
                    + " before/before/IN the/the/DT evacuation/evacuation/NN ended/end/VBD ./././.",
                List.of(new Hit(evacuation, 9, 10))))
        .isNull();
  }
}
