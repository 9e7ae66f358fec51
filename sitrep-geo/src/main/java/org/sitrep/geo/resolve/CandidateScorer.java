package org.sitrep.geo.resolve;

import org.sitrep.geo.GeoEntry;

/**
 * Scores a candidate of a name: its kind, population and feature code, how the name matched, the
 * document's country and division focus, cue phrases and the distance to the document's other
 * places. Higher is better; scores of one name's candidates turn into a confidence by softmax.
 */
public final class CandidateScorer {
  private final ScoringWeights w;

  public CandidateScorer(ScoringWeights weights) {
    this.w = weights;
  }

  public ScoringWeights weights() {
    return w;
  }

  public double score(Candidate c, Cues cues, Focus focus) {
    GeoEntry e = c.entry();
    double s =
        switch (e.kind()) {
          case COUNTRY -> w.country();
          case ADMIN1 -> w.admin1() + w.admin1Population() * log10(e.population());
          case ADMIN2 -> w.admin2();
          case REGION -> w.region();
          case CITY, SITE -> w.cityPopulation() * log10(e.population());
        };
    if (e.isCapital()) {
      s += w.capital();
    } else if (e.isSeat()) {
      s += w.seat() * (e.featureCode().equals("PPLA") ? 1.0 : 0.4);
    }
    if (c.mainName()) {
      s += w.mainName();
    }
    if (c.loose()) {
      s -= w.loose();
    }
    double share = focus.countryShare(e.country());
    s +=
        share
            * (e.kind() == org.sitrep.geo.PlaceKind.CITY ? w.cityCountryFocus() : w.countryFocus());
    if (!e.admin1Key().isEmpty()
        && e.kind() != org.sitrep.geo.PlaceKind.ADMIN1
        && focus.admin1s().contains(e.admin1Key())) {
      s += w.admin1Focus();
    }
    if (cues.containerFits()) {
      s += inside(e, cues) ? w.container() : -w.wrongContainer();
    }
    switch (e.kind()) {
      case ADMIN1, ADMIN2, REGION -> {
        if (cues.division()) {
          s += w.divisionCue();
        }
        if (cues.city()) {
          s -= w.cityCue() / 2;
        }
      }
      case CITY -> {
        if (cues.city()) {
          s += w.cityCue();
        }
        if (cues.division()) {
          s -= w.divisionCue() / 2;
        }
      }
      case COUNTRY -> {
        if (cues.city()) {
          s -= w.cityCue() + w.divisionCue();
        }
      }
      default -> {}
    }
    if (e.kind() != org.sitrep.geo.PlaceKind.COUNTRY && !focus.points().isEmpty()) {
      double best = Double.MAX_VALUE;
      for (double[] p : focus.points()) {
        best = Math.min(best, Geo.km(e.lat(), e.lon(), p[0], p[1]));
      }
      s += w.proximity() * Math.exp(-best / w.proximityKm());
    }
    return s;
  }

  /** Whether the text's container ("X, Texas") holds the entry. */
  public static boolean inside(GeoEntry e, Cues cues) {
    return cues.containers().contains(e.country())
        || (!e.admin1Key().isEmpty() && cues.containers().contains(e.admin1Key()));
  }

  private static double log10(long population) {
    return Math.log10(Math.max(population, 0) + 1.0);
  }
}
