package org.sitrep.extract.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Counts read from hand-tagged sentences (no models). */
class CountFinderTest {
  /** "word/lemma/POS" triples separated by spaces. */
  private static List<CountFinder.Found> find(String tagged) {
    List<Token> toks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    for (String part : tagged.split(" ")) {
      String[] f = part.split("/");
      int start = text.length();
      text.append(f[0]).append(' ');
      toks.add(
          new Token(
              i++,
              f[0],
              f[1],
              f[2],
              f.length > 3 ? f[3] : "O",
              new Span(start, start + f[0].length())));
    }
    return CountFinder.find(toks, text.toString()).found();
  }

  private static Count only(List<CountFinder.Found> found, String kind) {
    return found.stream()
        .filter(f -> f.kind().label().equals(kind))
        .findFirst()
        .orElseThrow()
        .count();
  }

  @Test
  void killingAtLeast() {
    var found =
        find(
            "a/a/DT drone/drone/NN struck/strike/VBD ,/,/, killing/kill/VBG at/at/IN"
                + " least/least/JJS 12/12/CD people/people/NNS");
    assertThat(only(found, "killed").value()).isEqualTo(12L);
  }

  @Test
  void aNumberOfAttacksIsNoToll() {
    var found =
        find(
            "40/40/CD people/people/NNS were/be/VBD killed/kill/VBN in/in/IN two/two/CD"
                + " separate/separate/JJ airstrikes/airstrike/NNS");
    assertThat(found)
        .extracting(CountFinder.Found::count)
        .extracting(c -> c.value())
        .containsExactly(40L);
  }

  @Test
  void woundedAfterNumber() {
    var found =
        find("staff/staff/NN treated/treat/VBD 41/41/CD wounded/wounded/JJ" + " people/people/NNS");
    assertThat(only(found, "injured").value()).isEqualTo(41L);
  }

  @Test
  void conjoinedFiguresAddUp() {
    var found =
        find(
            "10/10/CD civilians/civilian/NNS and/and/CC 5/5/CD fighters/fighter/NNS"
                + " were/be/VBD killed/kill/VBN");
    assertThat(only(found, "killed").value()).isEqualTo(15L);
  }

  @Test
  void hopedToFleeIsPlanned() {
    var found =
        find(
            "where/where/WRB 15,000/15,000/CD had/have/VBD hoped/hope/VBN to/to/TO"
                + " flee/flee/VB");
    assertThat(only(found, "planned_evacuees").value()).isEqualTo(15_000L);
  }

  @Test
  void managedToGetOutIsEvacuated() {
    var found = find("Just/just/RB 400/400/CD managed/manage/VBD to/to/TO get/get/VB out/out/RP");
    assertThat(only(found, "evacuated").value()).isEqualTo(400L);
  }

  @Test
  void onlyNWereAbleToLeaveIsEvacuated() {
    var found = find("only/only/RB 300/300/CD were/be/VBD able/able/JJ to/to/TO leave/leave/VB");
    assertThat(only(found, "evacuated").value()).isEqualTo(300L);
  }

  @Test
  void peopleManagedToFleeIsEvacuated() {
    var found =
        find(
            "just/just/RB 90/90/CD people/people/NNS managed/manage/VBD to/to/TO"
                + " flee/flee/VB");
    assertThat(only(found, "evacuated").value()).isEqualTo(90L);
  }

  @Test
  void couldEscapeIsEvacuatedNotPlanned() {
    var found =
        find(
            "only/only/RB 12/12/CD families/family/NNS were/be/VBD able/able/JJ"
                + " to/to/TO escape/escape/VB");
    assertThat(found).extracting(f -> f.kind().label()).containsExactly("evacuated");
  }

  @Test
  void thousandsOfRefugeesIsARange() {
    var found = find("thousands/thousand/NNS of/of/IN refugees/refugee/NNS");
    Count c = only(found, "refugees");
    assertThat(c.value()).isNull();
    assertThat(c.min()).isEqualTo(2_000L);
  }

  @Test
  void yearsAndDistancesAreNotCounts() {
    assertThat(find("in/in/IN 2022/2022/CD ,/,/, 60/60/CD km/km/NN west/west/RB")).isEmpty();
  }

  @Test
  void anAsideBetweenTheFigureAndItsVerbIsSkipped() {
    var found =
        find(
            "at/at/IN least/least/JJS 16/16/CD civilians/civilian/NNS including/include/VBG"
                + " women/woman/NNS and/and/CC children/child/NNS were/be/VBD killed/kill/VBN on/on/IN"
                + " Friday/Friday/NNP");
    assertThat(only(found, "killed").value()).isEqualTo(16L);
  }

  @Test
  void aDashedAsideToo() {
    var found =
        find(
            "the/the/DT clashes/clash/NNS left/leave/VBD 23/23/CD civilians/civilian/NNS"
                + " -/-/: including/include/VBG nine/nine/CD children/child/NNS -/-/: dead/dead/JJ");
    assertThat(only(found, "killed").value()).isEqualTo(23L);
  }

  /** Hand-tagged tokens of a sentence. */
  private static List<Token> tokens(String tagged) {
    List<Token> toks = new ArrayList<>();
    int i = 0;
    int at = 0;
    for (String part : tagged.split(" ")) {
      String[] f = part.split("/");
      toks.add(
          new Token(
              i++, f[0], f[1], f[2], f.length > 3 ? f[3] : "O", new Span(at, at + f[0].length())));
      at += f[0].length() + 1;
    }
    return toks;
  }

  @Test
  void aRunningTollOverAPeriodIsCumulative() {
    assertThat(
            EventCounts.isCumulative(
                tokens(
                    "more/more/JJR than/than/IN 500/500/CD"
                        + " civilians/civilian/NNS have/have/VBP been/be/VBN killed/kill/VBN since/since/IN"
                        + " January/January/NNP/DATE")))
        .isTrue();
    assertThat(
            EventCounts.isCumulative(
                tokens(
                    "in/in/IN the/the/DT past/past/JJ two/two/CD"
                        + " weeks/week/NNS 200/200/CD people/people/NNS died/die/VBD")))
        .isTrue();
    assertThat(
            EventCounts.isCumulative(
                tokens(
                    "the/the/DT strike/strike/NN killed/kill/VBD"
                        + " 14/14/CD people/people/NNS on/on/IN Monday/Monday/NNP")))
        .isFalse();
  }

  @Test
  void anAsideBetweenCommas() {
    var found =
        find(
            "at/at/IN least/least/JJS 14/14/CD people/people/NNS ,/,/, including/include/VBG"
                + " two/two/CD children/child/NNS ,/,/, were/be/VBD killed/kill/VBN");
    assertThat(only(found, "killed").value()).isEqualTo(14L);
  }
}
