package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.resolve.Candidate;
import org.sitrep.geo.resolve.CandidateScorer;
import org.sitrep.geo.resolve.Cues;
import org.sitrep.geo.resolve.Focus;
import org.sitrep.geo.resolve.ScoringWeights;

/** Each scoring feature on made-up entries (no real data). */
class CandidateScorerTest {
  private final CandidateScorer scorer = new CandidateScorer(ScoringWeights.defaults());

  private static Candidate city(
      int i, String cc, String admin1, long pop, String fcode, double lat, double lon) {
    return new Candidate(
        new GeoEntry(i, i, "Alpha", lat, lon, PlaceKind.CITY, fcode, cc, admin1, pop), true, false);
  }

  private static Candidate country(int i, String cc) {
    return new Candidate(
        new GeoEntry(i, 0, "Alpha", 10, 10, PlaceKind.COUNTRY, "PCLI", cc, "", 5_000_000),
        true,
        false);
  }

  private static Candidate admin1(int i, String cc, String code) {
    return new Candidate(
        new GeoEntry(i, 0, "Alpha", 30, 30, PlaceKind.ADMIN1, "ADM1", cc, code, 3_000_000),
        true,
        false);
  }

  private double score(Candidate c, Cues cues, Focus f) {
    return scorer.score(c, cues, f);
  }

  @Test
  void withoutContextTheLargerCapitalWins() {
    Candidate big = city(1, "AA", "01", 2_000_000, "PPLC", 10, 10);
    Candidate small = city(2, "BB", "02", 20_000, "PPLA2", 40, -90);
    assertThat(score(big, Cues.NONE, Focus.NONE))
        .isGreaterThan(score(small, Cues.NONE, Focus.NONE));
  }

  @Test
  void aCountryBeatsACityOfTheSameName() {
    Candidate c = country(1, "AA");
    Candidate town = city(2, "AA", "01", 1_500_000, "PPLC", 10, 10);
    assertThat(score(c, Cues.NONE, Focus.NONE)).isGreaterThan(score(town, Cues.NONE, Focus.NONE));
  }

  @Test
  void aContainerCuePicksTheTownInsideIt() {
    Candidate big = city(1, "AA", "01", 2_000_000, "PPLC", 10, 10);
    Candidate small = city(2, "BB", "TX", 25_000, "PPLA2", 33, -95);
    Cues inTexas = new Cues(Set.of("BB.TX"), true, false, false);
    assertThat(score(small, inTexas, Focus.NONE)).isGreaterThan(score(big, inTexas, Focus.NONE));
  }

  @Test
  void countryFocusAndNearbyPlacesPickTheLocalNamesake() {
    Candidate far = city(1, "AA", "01", 600_000, "PPLA", 10, 10);
    Candidate near = city(2, "BB", "05", 60_000, "PPL", 40, -80);
    Focus local =
        new Focus(Map.of("BB", 1.0), Set.of("BB.05"), List.of(new double[] {40.2, -80.1}));
    assertThat(score(near, Cues.NONE, local)).isGreaterThan(score(far, Cues.NONE, local));
    assertThat(score(near, Cues.NONE, Focus.NONE)).isLessThan(score(far, Cues.NONE, Focus.NONE));
  }

  @Test
  void regionWordsPreferDivisionsAndCityWordsPreferCities() {
    Candidate division = admin1(1, "AA", "07");
    Candidate town = city(2, "AA", "07", 1_400_000, "PPLA", 30, 30);
    Cues region = new Cues(Set.of(), false, true, false);
    Cues cityOf = new Cues(Set.of(), false, false, true);
    assertThat(score(division, region, Focus.NONE)).isGreaterThan(score(town, region, Focus.NONE));
    assertThat(score(town, cityOf, Focus.NONE)).isGreaterThan(score(division, cityOf, Focus.NONE));
  }

  @Test
  void aSkeletonOnlyMatchIsPenalised() {
    Candidate exact = city(1, "AA", "01", 50_000, "PPL", 10, 10);
    Candidate loose =
        new Candidate(
            new GeoEntry(2, 2, "Alfa", 10, 10, PlaceKind.CITY, "PPL", "AA", "01", 50_000),
            true,
            true);
    assertThat(score(exact, Cues.NONE, Focus.NONE))
        .isGreaterThan(score(loose, Cues.NONE, Focus.NONE));
  }
}
