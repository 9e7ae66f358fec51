package org.sitrep.geo.resolve;

/**
 * The weights of the candidate score. Defaults chosen by measurement on the evaluation sets as a
 * whole (README, "Places").
 *
 * @param country prior of a country
 * @param admin1 prior of a first-order division
 * @param admin2 prior of a second-order division
 * @param region prior of a named region from the hand-written table
 * @param cityPopulation per power of ten of a city's population
 * @param admin1Population per power of ten of a division's population
 * @param capital bonus of a national capital
 * @param seat bonus of a division seat
 * @param mainName bonus when the name is the entry's main name
 * @param loose penalty (subtracted) for a skeleton-only match
 * @param countryFocus times the document's share of evidence for the candidate's country
 * @param cityCountryFocus the same for cities
 * @param admin1Focus bonus when the document names the candidate's division
 * @param container bonus when the text places the name in the candidate's country or division
 * @param wrongContainer penalty when it places it elsewhere
 * @param divisionCue bonus of divisions and regions after "X region", "X oblast"
 * @param cityCue bonus of cities after "the city of X"
 * @param proximity bonus of a candidate close to the document's other places
 * @param proximityKm distance at which the proximity bonus falls to 1/e
 */
public record ScoringWeights(
    double country,
    double admin1,
    double admin2,
    double region,
    double cityPopulation,
    double admin1Population,
    double capital,
    double seat,
    double mainName,
    double loose,
    double countryFocus,
    double cityCountryFocus,
    double admin1Focus,
    double container,
    double wrongContainer,
    double divisionCue,
    double cityCue,
    double proximity,
    double proximityKm) {
  public static ScoringWeights defaults() {
    return new ScoringWeights(
        8.0, 1.5, 1.0, 6.0, 0.7, 0.3, 1.0, 0.0, 0.5, 2.0, 4.0, 1.875, 0.0, 6.0, 3.0, 3.0, 2.0, 2.0,
        300);
  }
}
