package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The linking rules on reports written for the test: what keeps two reports apart, the Lucene
 * similarity of their evidence, the clustering's independence from order, and the reconciliation of
 * claimed tolls.
 */
class LinkingRulesTest {
  static final LocalDate DAY = LocalDate.parse("2025-03-14");
  final TextSimilarity text = new TextSimilarity();

  static Report report(
      String uid,
      String article,
      String type,
      LocalDate day,
      String place,
      double lat,
      double lon,
      String precision,
      String evidence,
      Long killed,
      String outlet,
      LocalDate published) {
    return new Report(
        uid,
        article,
        "doc-" + article,
        type.substring(0, type.indexOf('.') < 0 ? type.length() : type.indexOf('.')),
        type,
        "occurred",
        day,
        day,
        true,
        place,
        null,
        place == null ? null : lat,
        place == null ? null : lon,
        "UA",
        "Donetsk",
        precision,
        List.of("Russian forces"),
        null,
        outlet,
        published,
        "title",
        0.9,
        evidence,
        killed == null
            ? List.of()
            : List.of(new Report.Figure("killed", killed, killed, killed, killed + " people")));
  }

  Verdict judge(Report a, Report b) {
    return PairRules.judge(a, b, () -> text.similarity(a.evidence(), b.evidence()));
  }

  @Test
  void similarEvidenceAtOnePlaceOnOneDayIsLinkedWithItsReasons() {
    Report a =
        report(
            "a-v1",
            "a",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "A missile strike on an apartment block in Kramatorsk killed 12 people.",
            12L,
            "Wire",
            DAY);
    Report b =
        report(
            "b-v1",
            "b",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "The missile hit an apartment block in central Kramatorsk, killing 15.",
            15L,
            "Blog",
            DAY);
    Verdict v = judge(a, b);
    assertThat(v.linked()).isTrue();
    assertThat(v.rule()).startsWith("family+day:same+place:same+type:same+text:");
    assertThat((Double) v.detail().get("text")).isBetween(0.1, 1.0);
    assertThat(judge(b, a).score()).as("symmetric").isEqualTo(v.score());
  }

  @Test
  void anotherTownAnotherDayOrAnotherFamilyKeepReportsApart() {
    Report a =
        report(
            "a-v1",
            "a",
            "ATTACK.SHELLING",
            DAY,
            "Sloviansk",
            48.85,
            37.60,
            "city",
            "Russian artillery shelled Sloviansk, killing one man.",
            1L,
            "M",
            DAY);
    Report town =
        report(
            "b-v1",
            "b",
            "ATTACK.SHELLING",
            DAY,
            "Kostiantynivka",
            48.53,
            37.71,
            "city",
            "Russian artillery shelled Kostiantynivka, killing two women.",
            2L,
            "M",
            DAY);
    Report nextDay =
        report(
            "c-v1",
            "c",
            "ATTACK.SHELLING",
            DAY.plusDays(1),
            "Sloviansk",
            48.85,
            37.60,
            "city",
            "Russian artillery shelled Sloviansk again, killing one man.",
            1L,
            "M",
            DAY.plusDays(1));
    Report protest =
        report(
            "d-v1",
            "d",
            "PROTEST",
            DAY,
            "Sloviansk",
            48.85,
            37.60,
            "city",
            "People in Sloviansk protested against the shelling.",
            null,
            "M",
            DAY);
    assertThat(judge(a, town).rule()).isEqualTo("another-town");
    assertThat(judge(a, nextDay).rule()).isEqualTo("days");
    assertThat(judge(a, protest).rule()).isEqualTo("family");
    assertThat(judge(a, town).apart()).isTrue();
  }

  @Test
  void anEventRecalledWeeksLaterIsBackgroundNotAReport() {
    Report a =
        report(
            "a-v1",
            "a",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "A missile strike on Kramatorsk killed 12 people.",
            12L,
            "Wire",
            DAY);
    Report later =
        report(
            "b-v1",
            "b",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "The missile strike on Kramatorsk in March killed 18 people.",
            18L,
            "Review",
            DAY.plusDays(30));
    assertThat(judge(a, later).rule()).isEqualTo("background");
  }

  static Report withStatus(Report r, String status) {
    return new Report(
        r.uid(),
        r.article(),
        r.documentId(),
        r.family(),
        r.type(),
        status,
        r.first(),
        r.last(),
        r.datedByText(),
        r.placeName(),
        r.geonamesId(),
        r.lat(),
        r.lon(),
        r.country(),
        r.admin1(),
        r.precision(),
        r.actors(),
        r.source(),
        r.outlet(),
        r.published(),
        r.title(),
        r.confidence(),
        r.evidence(),
        r.claims(),
        r.lead());
  }

  @Test
  void anAttackASourceClaimsMayBeOneThatOccurredButNotOneThatIsPlanned() {
    Report a =
        report(
            "a-v1",
            "a",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "A missile strike on an apartment block in Kramatorsk killed 12 people.",
            12L,
            "Wire",
            DAY);
    Report b =
        report(
            "b-v1",
            "b",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "The army claimed a missile strike on an apartment block in Kramatorsk.",
            null,
            "Blog",
            DAY);
    assertThat(judge(a, withStatus(b, "claimed")).linked()).isTrue();
    assertThat(judge(a, withStatus(b, "planned")).rule()).isEqualTo("status");
    assertThat(PairRules.compatibleStatuses("ongoing")).contains("occurred", "claimed");
  }

  @Test
  void acrossNewsDaysOnlyLeadsWithAlikeEvidenceLink() {
    Report first =
        report(
            "a-v1",
            "a",
            "ATTACK.SHELLING",
            DAY,
            "Nikopol",
            47.57,
            34.39,
            "city",
            "Russian artillery shelled the town of Nikopol, killing four civilians at a market.",
            4L,
            "Courier",
            DAY);
    Report dayAfter =
        report(
            "b-v1",
            "b",
            "ATTACK.SHELLING",
            DAY,
            "Nikopol",
            47.57,
            34.39,
            "city",
            "Five people have now been killed by yesterday's shelling of the market in Nikopol.",
            5L,
            "Herald",
            DAY.plusDays(1));
    Verdict v = judge(first, dayAfter);
    assertThat(v.linked()).as(v.rule()).isTrue();
    assertThat(v.rule()).endsWith("+news:other-day");
    // the same text as a later article's mention, after its own lead, is context
    Verdict mention = judge(first, dayAfter.withLead(false));
    assertThat(mention.linked()).isFalse();
    assertThat(mention.apart()).isFalse();
    assertThat(mention.rule()).endsWith("+news:other-day-mention");
    // published the same day, a mention links as before
    Report sameDay =
        report(
            "c-v1",
            "c",
            "ATTACK.SHELLING",
            DAY,
            "Nikopol",
            47.57,
            34.39,
            "city",
            "Five people have now been killed by the shelling of the market in Nikopol.",
            5L,
            "Herald",
            DAY);
    assertThat(judge(first, sameDay.withLead(false)).linked()).isTrue();
    // another day's lead whose evidence shares little with the first does not link
    Report unlike =
        report(
            "d-v1",
            "d",
            "ATTACK.SHELLING",
            DAY,
            "Nikopol",
            47.57,
            34.39,
            "city",
            "Officials counted damaged roofs and windows after Friday's artillery fire.",
            null,
            "Herald",
            DAY.plusDays(1));
    assertThat(judge(first, unlike).rule()).endsWith("+news:other-day-weak-text");
  }

  @Test
  void twoEventsPlacedOnlyInOneCountryAreNoNearerThanATownAndItsCountry() {
    Report a =
        report(
            "a-v1",
            "a",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Ukraine",
            49.0,
            32.0,
            "country",
            "Drones struck a fuel depot overnight, the governor said.",
            null,
            "Wire",
            DAY);
    Report b =
        report(
            "b-v1",
            "b",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Ukraine",
            49.0,
            32.0,
            "country",
            "Three people died when a missile hit a bus station, officials said.",
            3L,
            "Herald",
            DAY);
    Verdict v = judge(a, b);
    assertThat(v.rule()).contains("place:same-country");
    assertThat(v.linked()).as(v.rule()).isFalse();
    // the same two accounts at one town are one incident
    Report townA = atTown(a, "a-v2");
    Report townB = atTown(b, "b-v2");
    assertThat(judge(townA, townB).rule()).contains("+place:same+");
    assertThat(judge(townA, townB).score()).isGreaterThan(v.score());
  }

  private static Report atTown(Report r, String uid) {
    return report(
        uid,
        r.article(),
        r.type(),
        r.first(),
        "Kramatorsk",
        48.72,
        37.56,
        "city",
        r.evidence(),
        r.claims().isEmpty() ? null : r.claims().get(0).value(),
        r.outlet(),
        r.published());
  }

  @Test
  void twoMentionsThatLeadNeitherArticleLinkOnlyOnAlikeEvidence() {
    Report a =
        report(
            "a-v1",
            "a",
            "ATTACK.SHELLING",
            DAY,
            "Nikopol",
            47.57,
            34.39,
            "city",
            "Separately, shelling was reported in Nikopol.",
            null,
            "Courier",
            DAY);
    Report b =
        report(
            "b-v1",
            "b",
            "ATTACK.SHELLING",
            DAY,
            "Nikopol",
            47.57,
            34.39,
            "city",
            "Power lines near the river port were also damaged by artillery fire.",
            null,
            "Herald",
            DAY);
    // as leads, one day, town and type are enough
    assertThat(judge(a, b).linked()).as(judge(a, b).rule()).isTrue();
    // as mentions after each article's own event, they are context in both
    Verdict mentions = judge(a.withLead(false), b.withLead(false));
    assertThat(mentions.linked()).isFalse();
    assertThat(mentions.rule()).endsWith("+mentions:weak-text");
    // a lead and a mention still link as before
    assertThat(judge(a, b.withLead(false)).linked()).isTrue();
  }

  @Test
  void aGasAttackAndAShellingNamedAsSuchAreNotLinked() {
    Report gas =
        report(
            "a-v1",
            "a",
            "ATTACK.SHELLING",
            DAY,
            "Avdiivka",
            48.14,
            37.75,
            "city",
            "Rockets carrying chlorine gas struck Avdiivka, and six people suffocated.",
            6L,
            "Wire",
            DAY);
    Report shells =
        report(
            "b-v1",
            "b",
            "ATTACK.SHELLING",
            DAY,
            "Avdiivka",
            48.14,
            37.75,
            "city",
            "Rockets struck Avdiivka, and six people were killed by the shelling.",
            6L,
            "Blog",
            DAY);
    Report alsoGas =
        report(
            "c-v1",
            "c",
            "ATTACK.SHELLING",
            DAY,
            "Avdiivka",
            48.14,
            37.75,
            "city",
            "Six people suffocated when rockets with toxic gas struck Avdiivka.",
            6L,
            "Post",
            DAY);
    Verdict v = judge(gas, shells);
    assertThat(v.linked()).isFalse();
    assertThat(v.rule()).endsWith("+weapon:other");
    assertThat(judge(gas, alsoGas).linked()).isTrue();
  }

  @Test
  void clusteringDoesNotDependOnTheOrderOfLinks() {
    List<Clusterer.Edge> edges =
        List.of(
            new Clusterer.Edge("a", "b", 0.9, "r"),
            new Clusterer.Edge("b", "c", 0.6, "r"),
            new Clusterer.Edge("c", "d", 0.7, "r"),
            new Clusterer.Edge("d", "e", 0.5, "r"));
    // a and d may never be one: the strongest links win
    java.util.function.BiPredicate<String, String> apart =
        (x, y) -> (x.equals("a") && y.equals("d")) || (x.equals("d") && y.equals("a"));
    List<List<String>> one = Clusterer.cluster(List.of("a", "b", "c", "d", "e"), edges, apart);
    List<Clusterer.Edge> reversed = new java.util.ArrayList<>(edges);
    java.util.Collections.reverse(reversed);
    List<List<String>> two = Clusterer.cluster(List.of("e", "d", "c", "b", "a"), reversed, apart);
    assertThat(two).isEqualTo(one);
    assertThat(one).containsExactly(List.of("a", "b"), List.of("c", "d", "e"));
  }

  /** {@code r} at an area (a region whose division the gazetteer does not give). */
  static Report inArea(Report r, String area, double lat, double lon) {
    return new Report(
        r.uid(),
        r.article(),
        r.documentId(),
        r.family(),
        r.type(),
        r.status(),
        r.first(),
        r.last(),
        r.datedByText(),
        area,
        null,
        lat,
        lon,
        r.country(),
        null,
        "region",
        r.actors(),
        r.source(),
        r.outlet(),
        r.published(),
        r.title(),
        r.confidence(),
        r.evidence(),
        r.claims(),
        r.lead());
  }

  /** The incidents an ingest forms of these reports: every pair judged, then clustered. */
  List<List<String>> incidents(List<Report> reports) {
    Map<String, Report> byUid = new java.util.TreeMap<>();
    reports.forEach(r -> byUid.put(r.uid(), r));
    List<Clusterer.Edge> edges = new java.util.ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        Verdict v = judge(reports.get(i), reports.get(j));
        if (v.linked() || v.rule().startsWith(PairRules.NESTED)) {
          edges.add(
              new Clusterer.Edge(reports.get(i).uid(), reports.get(j).uid(), v.score(), v.rule()));
        }
      }
    }
    return Clusterer.cluster(
        List.copyOf(byUid.keySet()),
        edges,
        (x, y) -> PairRules.keptApart(byUid.get(x), byUid.get(y)));
  }

  @Test
  void twoEventsOfOneArticleAtATownAndTheAreaHoldingItShareTheIncidentOtherLinksForm() {
    // one article tells of the strike on the town and, apart, of the strike on the area around it;
    // another outlet tells of it the other way round
    Report town =
        report(
            "a-v1",
            "a",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Brenovo",
            48.20,
            37.30,
            "city",
            "Air strikes hit the market of Brenovo on Friday morning, killing nine people.",
            9L,
            "Wire",
            DAY);
    Report area =
        inArea(
            report(
                "a-v2",
                "a",
                "ATTACK.AIRSTRIKE",
                DAY,
                null,
                0,
                0,
                null,
                "Villages of the Brenovo valley were also bombed from the air on Friday.",
                null,
                "Wire",
                DAY),
            "Brenovo Valley",
            48.25,
            37.40);
    Report otherTown =
        report(
            "b-v1",
            "b",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Brenovo",
            48.20,
            37.30,
            "city",
            "Villages of the Brenovo valley and the market of Brenovo were bombed from the air.",
            11L,
            "Courier",
            DAY);
    Report otherArea =
        inArea(
            report(
                "b-v2",
                "b",
                "ATTACK.AIRSTRIKE",
                DAY,
                null,
                0,
                0,
                null,
                "Air strikes on the Brenovo valley killed nine people at a market on Friday.",
                null,
                "Courier",
                DAY),
            "Brenovo Valley",
            48.25,
            37.40);
    Verdict nested = judge(town, area);
    assertThat(nested.apart()).as(nested.rule()).isFalse();
    assertThat(nested.linked()).as("it forms no incident itself").isFalse();
    assertThat(nested.rule()).isEqualTo("same-article:nested+day:same+place:division-unknown");
    assertThat(judge(area, town).rule()).as("symmetric").isEqualTo(nested.rule());
    assertThat(incidents(List.of(town, area, otherTown, otherArea)))
        .containsExactly(List.of("a-v1", "a-v2", "b-v1", "b-v2"));
    // the permission alone joins nothing: one article's two events stay two incidents
    assertThat(incidents(List.of(town, area))).hasSize(2);
  }

  @Test
  void twoEventsOfOneArticleInTwoTownsStayApart() {
    Report one =
        report(
            "a-v1",
            "a",
            "ATTACK.SHELLING",
            DAY,
            "Sloviansk",
            48.85,
            37.60,
            "city",
            "Russian artillery shelled Sloviansk, killing one man.",
            1L,
            "Wire",
            DAY);
    Report far =
        report(
            "a-v2",
            "a",
            "ATTACK.SHELLING",
            DAY,
            "Kostiantynivka",
            48.53,
            37.71,
            "city",
            "Russian artillery also shelled Kostiantynivka, killing two women.",
            2L,
            "Wire",
            DAY);
    Report near =
        report(
            "a-v3",
            "a",
            "ATTACK.SHELLING",
            DAY,
            "Mykolaivka",
            48.86,
            37.71,
            "city",
            "Shells also fell on Mykolaivka.",
            null,
            "Wire",
            DAY);
    // another outlet gives the shelling of the whole region, with every town's words
    Report region =
        inArea(
            report(
                "b-v1",
                "b",
                "ATTACK.SHELLING",
                DAY,
                null,
                0,
                0,
                null,
                "Russian artillery shelled Sloviansk, Mykolaivka and Kostiantynivka,"
                    + " killing one man and two women.",
                3L,
                "Post",
                DAY),
            "Donbas",
            48.6,
            37.8);
    assertThat(judge(one, far).rule()).isEqualTo("same-article");
    // two towns the article names apart are two places, however near
    assertThat(judge(one, near).rule()).isEqualTo("same-article");
    List<List<String>> incidents = incidents(List.of(one, far, near, region));
    for (List<String> incident : incidents) {
      assertThat(incident.stream().filter(u -> u.startsWith("a-")).count())
          .as(incidents.toString())
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void contestedTollsGiveAConservativeRangeAndARisingTollSupersedesTheEarlierOne() {
    Report a =
        report(
            "a-v1",
            "a",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "x",
            12L,
            "Wire",
            DAY);
    Report b =
        report(
            "b-v1",
            "b",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "x",
            18L,
            "Blog",
            DAY);
    Map<String, Reconciler.Figure> f = Reconciler.reconcile(List.of(b, a));
    Reconciler.Figure killed = f.get("killed");
    assertThat(killed.contested()).isTrue();
    assertThat(killed.min()).isEqualTo(12);
    assertThat(killed.max()).isEqualTo(18);
    assertThat(killed.value()).isEqualTo(12);
    assertThat(killed.claims()).hasSize(2);

    Report next =
        report(
            "c-v1",
            "c",
            "ATTACK.AIRSTRIKE",
            DAY,
            "Kramatorsk",
            48.72,
            37.56,
            "city",
            "x",
            20L,
            "Post",
            DAY.plusDays(1));
    Reconciler.Figure rising = Reconciler.reconcile(List.of(a, next)).get("killed");
    assertThat(rising.contested()).isFalse();
    assertThat(rising.value()).isEqualTo(20);
    assertThat(rising.claims().get(0).superseded()).isTrue();
    assertThat(rising.distinctClaims()).isEqualTo(2);
  }

  @Test
  void outletsAreNamesOrHostsNeverFilePaths() {
    assertThat(Outlets.of("Northline Wire")).isEqualTo("Northline Wire");
    assertThat(Outlets.of("https://www.example.org/news/1")).isEqualTo("example.org");
    assertThat(Outlets.of("examples/wire.txt")).isNull();
    assertThat(Outlets.of(null)).isNull();
  }
}
