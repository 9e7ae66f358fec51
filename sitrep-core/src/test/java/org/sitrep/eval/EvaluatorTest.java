package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.eval.Build.confident;
import static org.sitrep.eval.Build.count;
import static org.sitrep.eval.Build.day;
import static org.sitrep.eval.Build.event;
import static org.sitrep.eval.Build.place;
import static org.sitrep.eval.Build.quote;
import static org.sitrep.eval.Build.range;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.OffsetMap.Piece;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;

class EvaluatorTest {
  private final Evaluator evaluator = new Evaluator();

  // ---- toponyms ------------------------------------------------------------------------------

  private static final String TOPONYMS =
      """
      {"id": "t1", "toponyms": [
        {"start": 0, "end": 5, "text": "A", "geonames_id": 1, "lat": 50.0, "lon": 30.0, "country": "UA", "level": null, "class": "literal"},
        {"start": 10, "end": 17, "text": "B", "geonames_id": 2, "lat": 49.0, "lon": 32.0, "country": "UA", "level": "country", "class": "associative"},
        {"start": 20, "end": 25, "text": "C", "geonames_id": 3, "lat": 48.0, "lon": 37.0, "country": "UA", "level": null, "class": "literal"},
        {"start": 30, "end": 35, "text": "D", "geonames_id": null, "lat": null, "lon": null, "country": null, "level": null, "class": "associative"},
        {"start": 40, "end": 45, "text": "E", "geonames_id": 5, "lat": 46.0, "lon": 30.7, "country": "UA", "level": null}]}
      """;

  private static Analysis toponymPrediction() {
    return Build.places(
        // A: found, at the gold point, right id; a second mention outside any toponym
        place("p1", 1L, 50.0, 30.0, "UA", "city", 0, 5, 60, 65),
        // B: found; centroid ~800 km away but country level, same country: within 161 km
        place("p2", 999L, 45.0, 25.0, "ua", "country", 11, 16),
        // C: found by partial overlap; ~186 km east: not within 161 km
        place("p3", 33L, 48.0, 39.5, "UA", "city", 22, 30),
        // not a gold toponym
        place("p4", 4L, 10.0, 10.0, "XX", "city", 50, 55));
  }

  @Test
  void scoresToponyms() {
    GoldSet gold = Build.gold("topo", TOPONYMS);
    EvalReport report = evaluator.evaluate(gold, Map.of("t1", toponymPrediction()));

    ToponymScores t = report.toponyms().orElseThrow();
    assertThat(t.recall()).isEqualTo(new Ratio(3, 5));
    assertThat(t.acc161()).isEqualTo(new Ratio(2, 3));
    assertThat(t.exactId()).isEqualTo(new Ratio(1, 3));
    assertThat(t.endToEnd()).isEqualTo(new Ratio(2, 4));
    assertThat(t.precision()).isEqualTo(new Ratio(3, 5));
    assertThat(t.recallByClass())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("literal", new Ratio(2, 2), "associative", new Ratio(1, 2)));
    assertThat(report.quotes()).isEmpty();
    assertThat(report.counts()).isEmpty();
    assertThat(report.events()).isEmpty();
    assertThat(report.labels()).isEmpty();
    assertThat(report.baselineToponyms()).isEmpty();
    assertThat(report.missing()).isZero();
  }

  @Test
  void countryRuleNeedsCountryPrecisionAndSameCountryAndNeverGivesTheId() {
    GoldToponym country = new GoldToponym(0, 5, "B", 2L, 49.0, 32.0, "UA", "country", null);
    GoldToponym city = new GoldToponym(0, 5, "B", 2L, 49.0, 32.0, "UA", null, null);
    Place far = place("p", 2L, 45.0, 25.0, "UA", "country", 0, 5);
    assertThat(ToponymScorer.resolvedWithin(country, far)).isTrue();
    assertThat(ToponymScorer.resolvedWithin(city, far)).isFalse();
    assertThat(
            ToponymScorer.resolvedWithin(country, place("p", 2L, 45.0, 25.0, "UA", "admin1", 0, 5)))
        .isFalse();
    assertThat(
            ToponymScorer.resolvedWithin(
                country, place("p", 2L, 45.0, 25.0, "RU", "country", 0, 5)))
        .isFalse();
    assertThat(ToponymScorer.resolvedWithin(city, place("p", null, null, null, "UA", "city", 0, 5)))
        .isFalse();
    // 1 degree of latitude is ~111 km
    assertThat(ToponymScorer.resolvedWithin(city, place("p", 9L, 50.0, 32.0, "UA", "city", 0, 5)))
        .isTrue();
    assertThat(ToponymScorer.resolvedWithin(city, place("p", 9L, 50.5, 32.0, "UA", "city", 0, 5)))
        .isFalse();
    assertThat(Geo.km(0, 0, 0, 1)).isCloseTo(111.19, within(0.01));
  }

  @Test
  void scoresABaselineSideBySide() {
    GoldSet gold = Build.gold("topo", TOPONYMS);
    Analysis baseline = Build.places(place("b1", 1L, 0.0, 0.0, "XX", "city", 0, 5));
    EvalReport report =
        evaluator.evaluate(gold, Map.of("t1", toponymPrediction()), Map.of("t1", baseline));

    assertThat(report.toponyms().orElseThrow().recall()).isEqualTo(new Ratio(3, 5));
    ToponymScores b = report.baselineToponyms().orElseThrow();
    assertThat(b.recall()).isEqualTo(new Ratio(1, 5));
    assertThat(b.acc161()).isEqualTo(new Ratio(0, 1));
    assertThat(b.exactId()).isEqualTo(new Ratio(1, 1));
    assertThat(b.endToEnd()).isEqualTo(new Ratio(0, 4));
    assertThat(b.precision()).isEqualTo(new Ratio(1, 1));

    // a baseline that lacks the article predicts nothing
    ToponymScores none =
        evaluator
            .evaluate(gold, Map.of("t1", toponymPrediction()), Map.of())
            .baselineToponyms()
            .orElseThrow();
    assertThat(none.recall()).isEqualTo(new Ratio(0, 5));
    assertThat(none.precision()).isEqualTo(Ratio.NONE);
    assertThat(report.summaryLine()).contains("(baseline recall 0.200");
  }

  // ---- quotes --------------------------------------------------------------------------------

  private static final String QUOTES =
      """
      {"id": "q1", "quotes": [
        {"start": 0, "end": 50, "text": "…", "speaker": ["Orlov", "Serhiy Orlov"]},
        {"start": 60, "end": 100, "text": "…", "speaker": ["Zakharova", "Maria Zakharova"]},
        {"start": 110, "end": 150, "text": "…", "speaker": ["official", "Another official"]},
        {"start": 160, "end": 200, "text": "…", "speaker": [], "optional": true},
        {"start": 210, "end": 250, "text": "…", "speaker": ["Putin", "Vladimir Putin"]}]}
      """;

  @Test
  void scoresQuotes() {
    Analysis prediction =
        Build.quotes(
            quote(5, 45, "Mr. Orlov"), // found, right
            quote(60, 100, "she"), // found, a pronoun never matches
            quote(110, 150, null), // found, no speaker
            quote(160, 200, "someone"), // the optional quote: not scored, not a false positive
            quote(300, 320, "Kim")); // not in the key
    QuoteScores q =
        evaluator
            .evaluate(Build.gold("q", QUOTES), Map.of("q1", prediction))
            .quotes()
            .orElseThrow();
    assertThat(q.found()).isEqualTo(new Ratio(3, 4));
    assertThat(q.speaker()).isEqualTo(new Ratio(1, 4));
    assertThat(q.speakerAmongFound()).isEqualTo(new Ratio(1, 3));
    assertThat(q.precision()).isEqualTo(new Ratio(4, 5));
    assertThat(q.optional()).isEqualTo(1);
  }

  @Test
  void anyOverlappingQuoteMayNameTheSpeaker() {
    Analysis prediction =
        Build.quotes(quote(0, 20, "Kim"), quote(20, 50, "Serhiy Orlov"), quote(210, 250, "he"));
    QuoteScores q =
        evaluator
            .evaluate(Build.gold("q", QUOTES), Map.of("q1", prediction))
            .quotes()
            .orElseThrow();
    assertThat(q.found()).isEqualTo(new Ratio(2, 4));
    assertThat(q.speaker()).isEqualTo(new Ratio(1, 4));
    assertThat(q.speakerAmongFound()).isEqualTo(new Ratio(1, 2));
  }

  // ---- counts --------------------------------------------------------------------------------

  private static final String COUNTS =
      """
      {"id": "c1", "counts": {"killed": 10, "injured": 20, "captured": 4, "missing": 0, "displaced": null}}
      {"id": "c2", "counts": {"killed": 100, "missing": 0}}
      {"id": "c3", "counts": {"killed": 5}}
      """;

  @Test
  void scoresArticleLevelCounts() {
    Analysis c1 =
        Build.events(
            event(
                "ATTACK.SHELLING",
                "occurred",
                null,
                null,
                List.of(),
                List.of(count("killed", 7L), count("injured", 21L)),
                0,
                10),
            event(
                "ATTACK.AIRSTRIKE",
                "occurred",
                null,
                null,
                List.of(),
                List.of(count("killed", 10L)),
                20,
                30),
            event(
                "DETENTION",
                "occurred",
                null,
                null,
                List.of(),
                List.of(count("arrested", 4L)),
                40,
                50));
    Analysis c2 =
        Build.events(
            event(
                "ATTACK",
                "occurred",
                null,
                null,
                List.of(),
                List.of(range("killed", 80, 120), count("missing", 3L)),
                0,
                10));
    EvalReport report = evaluator.evaluate(Build.gold("c", COUNTS), Map.of("c1", c1, "c2", c2));

    CountScores c = report.counts().orElseThrow();
    assertThat(c.all().exact()).isEqualTo(new Ratio(2, 5));
    assertThat(c.all().within10()).isEqualTo(new Ratio(3, 5));
    assertThat(c.all().zero()).isEqualTo(new Ratio(1, 2));
    assertThat(c.byKind()).containsOnlyKeys("killed", "injured", "captured", "missing");
    assertThat(c.byKind().get("killed").exact()).isEqualTo(new Ratio(1, 3));
    assertThat(c.byKind().get("killed").within10()).isEqualTo(new Ratio(1, 3));
    assertThat(c.byKind().get("injured").exact()).isEqualTo(new Ratio(0, 1));
    assertThat(c.byKind().get("injured").within10()).isEqualTo(new Ratio(1, 1));
    assertThat(c.byKind().get("captured").exact()).isEqualTo(new Ratio(1, 1));
    assertThat(c.byKind().get("missing").zero()).isEqualTo(new Ratio(1, 2));
    assertThat(c.byKind().get("missing").exact()).isEqualTo(Ratio.NONE);
    assertThat(report.missing()).isEqualTo(1);
    assertThat(CountScorer.systemFigure("killed", c1)).isEqualTo(10L);
    assertThat(CountScorer.systemFigure("killed", c2)).isEqualTo(80L);
    assertThat(CountScorer.systemFigure("arrested", c1)).isEqualTo(4L);
    assertThat(CountScorer.systemFigure("evacuated", c1)).isNull();
  }

  @Test
  void aHistoricalEventsTollIsNoHeadlineFigure() {
    Analysis a =
        Build.events(
            event(
                "ATTACK.AIRSTRIKE",
                "historical",
                null,
                null,
                List.of(),
                List.of(count("killed", 300L)),
                0,
                10),
            event(
                "ATTACK.SHELLING",
                "occurred",
                null,
                null,
                List.of(),
                List.of(count("killed", 6L)),
                20,
                30));
    assertThat(CountScorer.systemFigure("killed", a)).isEqualTo(6L);
    Analysis onlyHistory =
        Build.events(
            event(
                "ATTACK.AIRSTRIKE",
                "historical",
                null,
                null,
                List.of(),
                List.of(count("killed", 300L)),
                0,
                10));
    assertThat(CountScorer.systemFigure("killed", onlyHistory)).isNull();
  }

  // ---- events --------------------------------------------------------------------------------

  private static final String EVENTS =
      """
      {"id": "v1", "covered": ["ATTACK", "CLASH", "DETENTION", "TALKS"], "events": [
        {"family": "ATTACK", "type": "ATTACK.SHELLING", "alt_families": ["CLASH"], "start": 0, "end": 50, "spans": [[0, 50], [200, 250]],
         "place": {"name": "M", "geonames_id": 100, "lat": 47.1, "lon": 37.5}, "date": "2022-03-05",
         "actors": ["Russian forces", "Russia"], "counts": [{"kind": "killed", "value": 1}], "status": "occurred", "optional": false},
        {"family": "DETENTION", "type": "DETENTION", "alt_families": [], "start": 60, "end": 100, "place": null, "date": null,
         "actors": ["police"], "counts": [{"kind": "captured", "value": 4}], "status": "occurred", "optional": false},
        {"family": "TALKS", "type": "TALKS", "alt_families": [], "start": 110, "end": 150,
         "place": {"name": "Mo", "geonames_id": 200, "lat": 55.75, "lon": 37.6}, "date": "2022-03-05",
         "actors": ["Bennett", "Naftali Bennett"], "counts": [], "status": "planned", "optional": false},
        {"family": "ATTACK", "alt_families": ["CLASH"], "start": 300, "end": 350, "optional": true},
        {"family": "CLASH", "start": 400, "end": 450},
        {"family": "ATTACK", "start": 700, "end": 750},
        {"family": "ATTACK", "start": 760, "end": 800}]}
      """;

  private static Analysis eventPrediction() {
    Place moscow = place("p9", 200L, 55.7, 37.7, "RU", "city");
    return Build.analysis(
        List.of(moscow),
        List.of(
            // G1 through its second span and its alternative family
            event(
                "CLASH",
                "occurred",
                null,
                null,
                List.of("Russia"),
                List.of(count("killed", 1L)),
                210,
                240),
            // G2: arrested counts for captured; wrong status
            event(
                "DETENTION",
                "claimed",
                null,
                null,
                List.of("the police"),
                List.of(count("arrested", 4L)),
                70,
                90),
            // G3 by place and day (a day late), evidence elsewhere; no status given: occurred
            event("TALKS", null, "p9", day("2022-03-06"), List.of("Putin"), List.of(), 500, 520),
            // the optional G4: excused
            event("ATTACK.SHELLING", 310, 320),
            // G4 again: one-to-one, so a false positive
            event("ATTACK.SHELLING", 320, 330),
            // not covered: ignored
            event("PROTEST", 0, 50),
            // nothing there: false positive
            event("ATTACK.SHELLING", 600, 610),
            // overlaps G6 and G7; the next one only G6: a maximal matching finds both
            event("ATTACK.AIRSTRIKE", 740, 770),
            event("ATTACK.AIRSTRIKE", 705, 710)),
        List.of());
  }

  @Test
  void scoresEvents() {
    EventScores e =
        evaluator
            .evaluate(Build.gold("v", EVENTS), Map.of("v1", eventPrediction()))
            .events()
            .orElseThrow();
    assertThat(e.prf()).isEqualTo(new Prf(5, 2, 1));
    assertThat(e.prf().precision()).isEqualTo(new Ratio(5, 7));
    assertThat(e.prf().recall()).isEqualTo(new Ratio(5, 6));
    assertThat(e.prf().f1()).isEqualTo(new Ratio(10, 13));
    assertThat(e.excused()).isEqualTo(1);
    assertThat(e.type()).isEqualTo(new Ratio(2, 3));
    assertThat(e.status()).isEqualTo(new Ratio(1, 3));
    assertThat(e.actor()).isEqualTo(new Ratio(2, 3));
    assertThat(e.counts()).isEqualTo(new Ratio(2, 2));
    assertThat(e.primaryFamily()).isEqualTo(new Ratio(4, 5));
    assertThat(e.recallByFamily())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ATTACK", new Ratio(3, 3),
                "DETENTION", new Ratio(1, 1),
                "TALKS", new Ratio(1, 1),
                "CLASH", new Ratio(0, 1)));
    // the errors behind the figures: the two unmatched predictions (one of the two G4 ones, which
    // either may be) and the missed CLASH, then the one found event whose actor is wrong
    assertThat(e.errors()).hasSize(4);
    assertThat(e.errors())
        .filteredOn(r -> r.kind().equals(EventError.WRONG_ACTOR))
        .singleElement()
        .satisfies(r -> assertThat(r.expected()).isNotBlank().isNotEqualTo(r.found()));
    assertThat(e.errors())
        .extracting(EventError::kind, EventError::family, EventError::start, EventError::end)
        .contains(
            tuple(EventError.UNMATCHED_PREDICTION, "ATTACK", 600, 610),
            tuple(EventError.MISSED_GOLD, "CLASH", 400, 450))
        .containsAnyOf(
            tuple(EventError.UNMATCHED_PREDICTION, "ATTACK", 310, 320),
            tuple(EventError.UNMATCHED_PREDICTION, "ATTACK", 320, 330));
  }

  @Test
  void placeAndDayMatchNeedsBothWithinBounds() {
    GoldEvent talks = Build.gold("v", EVENTS).documents().get(0).events().get(2);
    Place near = place("p1", 1L, 55.75, 38.2, "RU", "city"); // ~38 km
    Place far = place("p2", 2L, 55.75, 38.5, "RU", "city"); // ~56 km
    Place sameId = place("p3", 200L, 0.0, 0.0, "RU", "city");
    Analysis places = Build.analysis(List.of(near, far, sameId), List.of(), List.of());
    assertThat(
            EventScorer.samePlaceAndDay(
                event("TALKS", null, "p1", day("2022-03-04"), List.of(), List.of()), talks, places))
        .isTrue();
    assertThat(
            EventScorer.samePlaceAndDay(
                event("TALKS", null, "p2", day("2022-03-05"), List.of(), List.of()), talks, places))
        .isFalse();
    assertThat(
            EventScorer.samePlaceAndDay(
                event("TALKS", null, "p3", day("2022-03-05"), List.of(), List.of()), talks, places))
        .isTrue();
    assertThat(
            EventScorer.samePlaceAndDay(
                event("TALKS", null, "p1", day("2022-03-07"), List.of(), List.of()), talks, places))
        .isFalse();
    assertThat(
            EventScorer.samePlaceAndDay(
                event("TALKS", null, "p1", null, List.of(), List.of()), talks, places))
        .isFalse();
    assertThat(
            EventScorer.samePlaceAndDay(
                event("TALKS", null, "nope", day("2022-03-05"), List.of(), List.of()),
                talks,
                places))
        .isFalse();
    // a week-long range is not "the same day"
    org.sitrep.model.EventDate week =
        new org.sitrep.model.EventDate(
            java.time.LocalDate.of(2022, 3, 1),
            java.time.LocalDate.of(2022, 3, 7),
            org.sitrep.model.DatePrecision.WEEK,
            "this week");
    assertThat(
            EventScorer.samePlaceAndDay(
                event("TALKS", null, "p1", week, List.of(), List.of()), talks, places))
        .isFalse();
  }

  @Test
  void anArticleWithoutPredictionMissesEverything() {
    EvalReport report = evaluator.evaluate(Build.gold("v", EVENTS), Map.of());
    assertThat(report.events().orElseThrow().prf()).isEqualTo(new Prf(0, 0, 6));
    assertThat(report.missing()).isEqualTo(1);
    assertThat(report.summaryLine()).contains("[1/1 without prediction]");
  }

  // ---- confidence calibration ----------------------------------------------------------------

  @Test
  void confidenceBands() {
    assertThat(Calibration.band(0.0)).isZero();
    assertThat(Calibration.band(-0.1)).isZero();
    assertThat(Calibration.band(0.49)).isZero();
    assertThat(Calibration.band(0.5)).isEqualTo(1);
    assertThat(Calibration.band(0.69)).isEqualTo(2);
    assertThat(Calibration.band(0.7)).isEqualTo(3);
    assertThat(Calibration.band(0.7999999999999)).isEqualTo(4); // a rounding error below 0.8
    assertThat(Calibration.band(0.8)).isEqualTo(4);
    assertThat(Calibration.band(0.9)).isEqualTo(5);
    assertThat(Calibration.band(1.0)).isEqualTo(5);
    assertThat(Calibration.label(0)).isEqualTo("[0.0,0.5)");
    assertThat(Calibration.label(3)).isEqualTo("[0.7,0.8)");
    assertThat(Calibration.label(5)).isEqualTo("[0.9,1.0]");
  }

  @Test
  void expectedCalibrationErrorWeighsEachBandByItsShare() {
    Calibration c =
        Calibration.EMPTY
            .with(0.95, true)
            .with(0.95, true)
            .with(0.85, true)
            .with(0.85, false)
            .with(0.65, false)
            .with(0.3, true);
    assertThat(c.predictions()).isEqualTo(6);
    assertThat(c.bands())
        .extracting(Calibration.Band::predictions)
        .containsExactly(1L, 0L, 1L, 0L, 2L, 2L);
    assertThat(c.bands().get(4).precision()).isEqualTo(new Ratio(1, 2));
    assertThat(c.bands().get(4).meanConfidence()).isCloseTo(0.85, within(1e-12));
    assertThat(c.share(5)).isEqualTo(new Ratio(2, 6));
    assertThat(c.bands().get(1).precision()).isEqualTo(Ratio.NONE);
    // 1/6 |1 - 0.3| + 1/6 |0 - 0.65| + 2/6 |0.5 - 0.85| + 2/6 |1 - 0.95|
    assertThat(c.ece()).isCloseTo((0.7 + 0.65 + 0.7 + 0.1) / 6, within(1e-12));
    assertThat(c.high().precision()).isEqualTo(new Ratio(3, 4));
    assertThat(c.highShare()).isEqualTo(new Ratio(4, 6));
    // of the four true positives, three have confidence of at least 0.8
    assertThat(c.highFound()).isEqualTo(new Ratio(3, 4));
    assertThat(Calibration.EMPTY.ece()).isNaN();
    assertThat(Calibration.EMPTY.summary())
        .isEqualTo("conf>=0.8 P n/a share n/a found n/a ECE n/a");
    // perfectly calibrated: every band's precision is its mean confidence
    Calibration perfect = Calibration.EMPTY.with(0.5, true).with(0.5, false);
    assertThat(perfect.ece()).isCloseTo(0.0, within(1e-12));
  }

  private static final String CONFIDENT =
      """
      {"id": "k1", "covered": ["ATTACK", "DETENTION"], "events": [
        {"family": "ATTACK", "start": 0, "end": 50},
        {"family": "DETENTION", "start": 60, "end": 100},
        {"family": "ATTACK", "start": 200, "end": 250, "optional": true},
        {"family": "ATTACK", "start": 300, "end": 350}]}
      """;

  private static Analysis confidentPrediction() {
    Event detention =
        new Event(
            "e2",
            "DETENTION",
            null,
            day("2022-05-01"),
            "p1",
            List.of(new Participant("police", null, null, null)),
            List.of(),
            List.of(count("arrested", 3L)),
            null,
            List.of(
                new Evidence(70, 90, null, "trigger:detain/verb"),
                new Evidence(120, 130, null, "trigger:arrest/noun"),
                new Evidence(70, 90, null, "trigger:detain/verb")),
            0.85);
    return Build.analysis(
        List.of(place("p1", 1L, 50.0, 30.0, "UA", "city")),
        List.of(
            confident(0.95, event("ATTACK.SHELLING", 10, 40)), // true positive
            detention, // true positive
            confident(0.82, event("ATTACK.AIRSTRIKE", 210, 240)), // excused: not counted
            confident(0.55, event("PROTEST", 0, 50)), // family not covered: not counted
            confident(0.65, event("CLASH", 600, 610)), // likewise
            confident(0.81, event("ATTACK.SHELLING", 500, 520)), // false positive
            confident(0.3, event("ATTACK.SHELLING", 300, 320))), // true positive
        List.of());
  }

  @Test
  void calibrationCountsWhatPrecisionCounts() {
    EventScores e =
        evaluator
            .evaluate(Build.gold("k", CONFIDENT), Map.of("k1", confidentPrediction()))
            .events()
            .orElseThrow();
    assertThat(e.prf()).isEqualTo(new Prf(3, 1, 0));
    assertThat(e.excused()).isEqualTo(1);
    Calibration c = e.calibration();
    assertThat(c.predictions()).isEqualTo(e.prf().tp() + e.prf().fp());
    assertThat(c.bands())
        .extracting(Calibration.Band::predictions, Calibration.Band::correct)
        .containsExactly(
            tuple(1L, 1L),
            tuple(0L, 0L),
            tuple(0L, 0L),
            tuple(0L, 0L),
            tuple(2L, 1L),
            tuple(1L, 1L));
    // 1/4 |1 - 0.3| + 2/4 |0.5 - 0.83| + 1/4 |1 - 0.95|
    assertThat(c.ece()).isCloseTo((0.7 + 0.66 + 0.05) / 4, within(1e-12));
    assertThat(c.high().precision()).isEqualTo(new Ratio(2, 3));
    assertThat(c.highShare()).isEqualTo(new Ratio(3, 4));

    assertThat(e.scored())
        .extracting(s -> s.event().confidence(), ScoredEvent::correct)
        .containsExactly(
            tuple(0.95, true), tuple(0.85, true), tuple(0.81, false), tuple(0.3, true));
    Map<String, Object> row = e.scored().get(1).toJson("k");
    assertThat(row)
        .containsEntry("set", "k")
        .containsEntry("document", "k1")
        .containsEntry("event", "e2")
        .containsEntry("type", "DETENTION")
        .containsEntry("family", "DETENTION")
        .containsEntry("status", "occurred")
        .containsEntry("confidence", 0.85)
        .containsEntry("rules", List.of("trigger:detain/verb", "trigger:arrest/noun"))
        .containsEntry("has_actors", true)
        .containsEntry("has_targets", false)
        .containsEntry("has_counts", true)
        .containsEntry("has_place", true)
        .containsEntry("has_date", true)
        .containsEntry("evidence", 2)
        .containsEntry("outcome", "tp");
    Map<String, Object> miss = e.scored().get(2).toJson("k");
    assertThat(miss)
        .containsEntry("outcome", "fp")
        .containsEntry("rules", List.of())
        .containsEntry("has_place", false)
        .containsEntry("has_date", false)
        .containsEntry("evidence", 1);
  }

  @Test
  void poolsSetsBySummingCounts() {
    EvalReport one =
        evaluator.evaluate(Build.gold("k", CONFIDENT), Map.of("k1", confidentPrediction()));
    EvalReport two = evaluator.evaluate(Build.gold("v", EVENTS), Map.of("v1", eventPrediction()));
    EvalReport labels = evaluator.evaluate(Build.gold("l", LABELS), Map.of());
    EvalReport pooled = EvalReport.pool("pooled", List.of(one, two, labels));

    assertThat(pooled.documents()).isEqualTo(7);
    assertThat(pooled.missing()).isEqualTo(5);
    assertThat(pooled.labels()).isEmpty();
    EventScores e = pooled.events().orElseThrow();
    assertThat(e.prf()).isEqualTo(new Prf(8, 3, 1));
    assertThat(e.excused()).isEqualTo(2);
    assertThat(e.actor())
        .isEqualTo(two.events().orElseThrow().actor().plus(one.events().orElseThrow().actor()));
    assertThat(e.recallByFamily())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ATTACK", new Ratio(5, 5),
                "DETENTION", new Ratio(2, 2),
                "TALKS", new Ratio(1, 1),
                "CLASH", new Ratio(0, 1)));
    assertThat(e.scored()).hasSize(11);
    assertThat(e.errors()).hasSize(one.events().orElseThrow().errors().size() + 4);
    Calibration c = e.calibration();
    assertThat(c.bands())
        .extracting(Calibration.Band::predictions, Calibration.Band::correct)
        .containsExactly(
            tuple(1L, 1L),
            tuple(0L, 0L),
            tuple(0L, 0L),
            tuple(0L, 0L),
            tuple(2L, 1L),
            tuple(8L, 6L));
    // pooled from the summed band counts, not an average of the sets' errors
    assertThat(c.ece()).isCloseTo((0.7 + 2 * 0.33 + 8 * (7.25 / 8 - 0.75)) / 11, within(1e-12));
    assertThat(c.high().precision()).isEqualTo(new Ratio(7, 10));
    assertThat(c.highShare()).isEqualTo(new Ratio(10, 11));
    assertThat(pooled.summaryLine())
        .startsWith("pooled: events P 0.727 R 0.889 F1 0.800 (tp 8 fp 3 fn 1)")
        .endsWith("conf>=0.8 P 0.700 share 0.909 found 0.875 ECE 0.237 [5/7 without prediction]");
    assertThat(EvalReport.pool("pooled", List.of(labels)).events()).isEmpty();
  }

  @Test
  void printsTheCalibrationTable() throws Exception {
    EvalReport report =
        evaluator.evaluate(Build.gold("k", CONFIDENT), Map.of("k1", confidentPrediction()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("calibration: 4 counted predictions, ECE 0.35")
        .containsPattern("\\[0\\.0,0\\.5\\)\\s+1 1/1 1\\.000\\s+1/4 0\\.250\\s+0\\.300")
        .containsPattern("\\[0\\.5,0\\.6\\)\\s+0 0/0 n/a\\s+0/4 0\\.000\\s+n/a")
        .containsPattern("\\[0\\.8,0\\.9\\)\\s+2 1/2 0\\.500\\s+2/4 0\\.500\\s+0\\.830")
        .containsPattern("\\[0\\.9,1\\.0\\]\\s+1 1/1 1\\.000\\s+1/4 0\\.250\\s+0\\.950")
        .containsPattern(">= 0\\.8\\s+3 2/3 0\\.667\\s+3/4 0\\.750")
        .contains("found events (true positives) with confidence >= 0.8: 2/3 0.667");
    assertThat(report.summaryLine())
        .startsWith("k: events P 0.750 R 1.000")
        .containsPattern("conf>=0\\.8 P 0\\.667 share 0\\.750 found 0\\.667 ECE 0\\.35[23]$");

    JsonNode json = new ObjectMapper().valueToTree(report.toJson());
    assertThat(json.at("/events/calibration/predictions").asLong()).isEqualTo(4);
    assertThat(json.at("/events/calibration/ece").asDouble()).isCloseTo(0.3525, within(1e-12));
    assertThat(json.at("/events/calibration/bands")).hasSize(6);
    assertThat(json.at("/events/calibration/bands/4/band").asText()).isEqualTo("[0.8,0.9)");
    assertThat(json.at("/events/calibration/bands/4/precision/numerator").asLong()).isEqualTo(1);
    assertThat(json.at("/events/calibration/bands/4/share/denominator").asLong()).isEqualTo(4);
    assertThat(json.at("/events/calibration/bands/1/mean_confidence").isNull()).isTrue();
    assertThat(json.at("/events/calibration/high/precision/value").asDouble())
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(json.at("/events/calibration/high/share/numerator").asLong()).isEqualTo(3);
  }

  // ---- labels --------------------------------------------------------------------------------

  private static final String LABELS =
      """
      {"id": "s1", "labels": ["ATTACK"], "covered": ["ATTACK", "PROTEST", "DETENTION", "CLASH"]}
      {"id": "s2", "labels": ["PROTEST"], "covered": ["ATTACK", "PROTEST", "DETENTION", "CLASH"]}
      {"id": "s3", "labels": [], "covered": ["ATTACK", "PROTEST", "DETENTION", "CLASH"]}
      {"id": "s4", "labels": ["DETENTION"], "covered": ["ATTACK", "PROTEST", "DETENTION", "CLASH"]}
      {"id": "s5", "labels": [], "covered": ["ATTACK", "PROTEST", "DETENTION", "CLASH"]}
      """;

  @Test
  void scoresLabels() {
    Map<String, Analysis> predictions =
        Map.of(
            "s1", Build.events(event("ATTACK.AIRSTRIKE", 0, 5), event("CLASH", 0, 5)),
            "s2", Build.events(),
            "s3", Build.events(event("TALKS", 0, 5)),
            "s4", Build.events(event("DETENTION", 0, 5), event("DETENTION", 6, 9)),
            "s5", Build.events(event("ATTACK.SHELLING", 0, 5)));
    LabelScores l = evaluator.evaluate(Build.gold("l", LABELS), predictions).labels().orElseThrow();
    assertThat(l.micro()).isEqualTo(new Prf(2, 2, 1));
    assertThat(l.micro().precision()).isEqualTo(new Ratio(2, 4));
    assertThat(l.micro().recall()).isEqualTo(new Ratio(2, 3));
    assertThat(l.micro().f1()).isEqualTo(new Ratio(4, 7));
    assertThat(l.byFamily())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ATTACK", new Prf(1, 1, 0),
                "CLASH", new Prf(0, 1, 0),
                "PROTEST", new Prf(0, 0, 1),
                "DETENTION", new Prf(1, 0, 0)));
    assertThat(l.macroF1()).isCloseTo(5.0 / 12, within(1e-12));
  }

  // ---- offsets -------------------------------------------------------------------------------

  @Test
  void mapsPredictedOffsetsBackToTheInputText() {
    // the clean stage cut source [20, 30): clean offset 20 is source offset 30
    OffsetMap cut = new OffsetMap(List.of(new Piece(0, 0, 20), new Piece(20, 30, 200)));
    String key =
        """
        {"id": "m", "covered": ["ATTACK"],
         "toponyms": [{"start": 40, "end": 48, "text": "X", "geonames_id": 1, "lat": 1.0, "lon": 1.0, "country": "UA", "level": null}],
         "quotes": [{"start": 60, "end": 68, "text": "…", "speaker": ["Kim"]}],
         "events": [{"family": "ATTACK", "start": 100, "end": 108}]}
        """;
    Analysis mapped =
        Build.analysis(
            List.of(place("p1", 1L, 1.0, 1.0, "UA", "city", 30, 38)),
            List.of(event("ATTACK.SHELLING", 90, 98)),
            List.of(quote(50, 58, "Vitaliy Kim")),
            cut);
    EvalReport report = evaluator.evaluate(Build.gold("m", key), Map.of("m", mapped));
    assertThat(report.toponyms().orElseThrow().recall()).isEqualTo(new Ratio(1, 1));
    assertThat(report.toponyms().orElseThrow().precision()).isEqualTo(new Ratio(1, 1));
    assertThat(report.quotes().orElseThrow().speaker()).isEqualTo(new Ratio(1, 1));
    assertThat(report.events().orElseThrow().prf()).isEqualTo(new Prf(1, 0, 0));

    // the same offsets read as source offsets miss everything
    Analysis unmapped =
        Build.analysis(mapped.places(), mapped.events(), mapped.quotes(), OffsetMap.identity(300));
    EvalReport wrong = evaluator.evaluate(Build.gold("m", key), Map.of("m", unmapped));
    assertThat(wrong.toponyms().orElseThrow().recall()).isEqualTo(new Ratio(0, 1));
    assertThat(wrong.quotes().orElseThrow().found()).isEqualTo(new Ratio(0, 1));
    assertThat(wrong.events().orElseThrow().prf()).isEqualTo(new Prf(0, 1, 1));
  }

  // ---- the report ----------------------------------------------------------------------------

  @Test
  void printsSummarisesAndConvertsToJson() throws Exception {
    String key = TOPONYMS + QUOTES + COUNTS + EVENTS;
    Map<String, Analysis> predictions =
        Map.of(
            "t1", toponymPrediction(),
            "q1", Build.quotes(quote(5, 45, "Mr. Orlov"), quote(60, 100, "she")),
            "v1", eventPrediction());
    EvalReport report = evaluator.evaluate(Build.gold("all", key), predictions);

    assertThat(report.name()).isEqualTo("all");
    assertThat(report.documents()).isEqualTo(6);
    assertThat(report.missing()).isEqualTo(3);
    assertThat(report.summaryLine())
        .startsWith("all: toponyms recall 3/5 0.600 acc161 0.667")
        .contains("| quotes found 2/4 0.500 speaker 0.250")
        .contains("| counts exact 0/5 0.000")
        .contains("| events P 0.714 R 0.833 F1 0.769 (tp 5 fp 2 fn 1)")
        .doesNotContain("labels");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("toponyms: 5 gold")
        .contains("acc@161km (found)    2/3 0.667")
        .contains("quotes: 4 gold, 1 optional")
        .contains("recall CLASH         0/1 0.000")
        .contains("gold 0: nothing      2/2 1.000")
        .doesNotContain("labels:");

    JsonNode json = new ObjectMapper().valueToTree(report.toJson());
    assertThat(json.path("set").asText()).isEqualTo("all");
    assertThat(json.at("/toponyms/recall/numerator").asLong()).isEqualTo(3);
    assertThat(json.at("/toponyms/recall/denominator").asLong()).isEqualTo(5);
    assertThat(json.at("/toponyms/recall/value").asDouble()).isEqualTo(0.6);
    assertThat(json.at("/toponyms/recall_by_class/literal/numerator").asLong()).isEqualTo(2);
    assertThat(json.at("/quotes/speaker_among_found/value").asDouble()).isEqualTo(0.5);
    assertThat(json.at("/counts/by_kind/missing/zero_reports_nothing/denominator").asLong())
        .isEqualTo(2);
    assertThat(json.at("/counts/by_kind/missing/exact/value").isNull()).isTrue();
    assertThat(json.at("/events/tp").asLong()).isEqualTo(5);
    assertThat(json.at("/events/f1/numerator").asLong()).isEqualTo(10);
    assertThat(json.at("/events/recall_by_family/CLASH/denominator").asLong()).isEqualTo(1);
    assertThat(json.has("labels")).isFalse();
    assertThat(json.has("baseline")).isFalse();
  }

  @Test
  void ratiosAndPrf() {
    assertThat(new Ratio(1, 3).format()).isEqualTo("1/3 0.333");
    assertThat(Ratio.NONE.format()).isEqualTo("0/0 n/a");
    assertThat(Ratio.NONE.value()).isNaN();
    assertThat(Ratio.NONE.toJson()).containsEntry("value", null);
    assertThat(new Prf(0, 0, 0).f1()).isEqualTo(Ratio.NONE);
    assertThat(new Prf(1, 1, 2).plus(new Prf(1, 0, 0))).isEqualTo(new Prf(2, 1, 2));
  }
}
