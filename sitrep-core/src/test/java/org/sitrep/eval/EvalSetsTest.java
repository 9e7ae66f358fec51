package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;

/**
 * Reads every evaluation set under {@code shared/eval} (system property {@code sitrep.shared},
 * default {@code ../../shared} from the module directory) and checks the scorer's extremes: no
 * prediction scores 0, predictions made from the key itself score 1.
 */
class EvalSetsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static List<Path> sets;

  @BeforeAll
  static void findSets() throws IOException {
    Path eval = Paths.get(System.getProperty("sitrep.shared", "../../shared")).resolve("eval");
    Assumptions.assumeTrue(
        Files.isDirectory(eval), "no evaluation sets at " + eval.toAbsolutePath() + ": skipped");
    try (Stream<Path> dirs = Files.list(eval)) {
      sets = dirs.filter(d -> Files.isRegularFile(d.resolve(GoldSet.FILE))).sorted().toList();
    }
  }

  @Test
  void readsEverySet() throws IOException {
    assertThat(sets).isNotEmpty();
    for (Path dir : sets) {
      GoldSet gold = GoldSet.read(dir);
      assertThat(gold.name()).isEqualTo(dir.getFileName().toString());
      List<String> lines = nonBlank(dir.resolve(GoldSet.FILE));
      assertThat(gold.size()).as(gold.name()).isEqualTo(lines.size()).isPositive();
      Path docs = dir.resolve("docs.jsonl");
      if (Files.isRegularFile(docs)) {
        List<String> ids = new ArrayList<>();
        for (String line : nonBlank(docs)) {
          ids.add(MAPPER.readTree(line).path("id").asText());
        }
        assertThat(gold.ids()).as(gold.name() + " ids").containsExactlyInAnyOrderElementsOf(ids);
      }
      for (GoldDocument doc : gold.documents()) {
        boolean anyLayer =
            doc.toponyms() != null
                || doc.quotes() != null
                || doc.counts() != null
                || doc.events() != null
                || doc.labels() != null;
        assertThat(anyLayer).as(gold.name() + " " + doc.id()).isTrue();
      }
    }
  }

  @Test
  void nothingPredictedScoresZero() throws IOException {
    Evaluator evaluator = new Evaluator();
    for (Path dir : sets) {
      GoldSet gold = GoldSet.read(dir);
      EvalReport r = evaluator.evaluate(gold, Map.of());
      String name = gold.name();
      assertThat(r.missing()).isEqualTo(gold.size());
      r.toponyms().ifPresent(t -> assertZero(name, t.recall()));
      r.quotes().ifPresent(q -> assertZero(name, q.found()));
      r.counts().ifPresent(c -> assertZero(name, c.all().exact()));
      r.events().ifPresent(e -> assertZero(name, e.prf().recall()));
      r.labels().ifPresent(l -> assertZero(name, l.micro().recall()));
      assertThat(r.summaryLine()).startsWith(name + ": ");
    }
  }

  @Test
  void theKeyItselfScoresOne() throws IOException {
    Evaluator evaluator = new Evaluator();
    for (Path dir : sets) {
      GoldSet gold = GoldSet.read(dir);
      Map<String, Analysis> perfect = new HashMap<>();
      for (GoldDocument doc : gold.documents()) {
        perfect.put(doc.id(), fromKey(doc));
      }
      EvalReport r = evaluator.evaluate(gold, perfect, perfect);
      String name = gold.name();
      assertThat(r.missing()).isZero();
      r.toponyms()
          .ifPresent(
              t -> {
                assertOne(name, t.recall());
                assertOne(name, t.acc161());
                assertOne(name, t.exactId());
                assertOne(name, t.endToEnd());
                assertOne(name, t.precision());
              });
      r.baselineToponyms().ifPresent(t -> assertOne(name, t.recall()));
      r.quotes()
          .ifPresent(
              q -> {
                assertOne(name, q.found());
                assertOne(name, q.speaker());
              });
      r.counts().ifPresent(c -> assertOne(name, c.all().exact()));
      r.events()
          .ifPresent(
              e -> {
                assertOne(name, e.prf().recall());
                assertOne(name, e.prf().precision());
                assertOne(name, e.primaryFamily());
                if (e.actor().defined()) {
                  assertOne(name, e.actor());
                }
                if (e.counts().defined()) {
                  assertOne(name, e.counts());
                }
              });
      r.labels().ifPresent(l -> assertOne(name, l.micro().f1()));
    }
  }

  private static void assertZero(String set, Ratio r) {
    assertThat(r.denominator()).as(set).isPositive();
    assertThat(r.numerator()).as(set).isZero();
  }

  private static void assertOne(String set, Ratio r) {
    assertThat(r.denominator()).as(set).isPositive();
    assertThat(r.numerator()).as(set + " " + r.format()).isEqualTo(r.denominator());
  }

  private static List<String> nonBlank(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank())
        .toList();
  }

  /** Predictions that say exactly what the key says. */
  static Analysis fromKey(GoldDocument doc) {
    List<Place> places = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    if (doc.toponyms() != null) {
      for (GoldToponym t : doc.toponyms()) {
        places.add(
            new Place(
                "p" + places.size(),
                t.text(),
                t.geonamesId(),
                t.lat(),
                t.lon(),
                t.country(),
                null,
                t.isCountryLevel() ? "country" : "city",
                1.0,
                List.of(new Mention(t.start(), t.end(), t.text())),
                false));
      }
    }
    if (doc.quotes() != null) {
      for (GoldQuote q : doc.quotes()) {
        Speaker speaker =
            q.speaker().isEmpty()
                ? null
                : new Speaker(q.speaker().get(q.speaker().size() - 1), null);
        quotes.add(new Quote("q" + quotes.size(), q.start(), q.end(), q.text(), speaker, 1.0));
      }
    }
    if (doc.events() != null) {
      for (GoldEvent g : doc.events()) {
        String placeId = null;
        if (g.place() != null) {
          placeId = "e" + places.size();
          GoldPlace gp = g.place();
          places.add(
              new Place(
                  placeId,
                  gp.name(),
                  gp.geonamesId(),
                  gp.lat(),
                  gp.lon(),
                  null,
                  null,
                  "city",
                  1.0,
                  List.of(),
                  false));
        }
        EventDate date =
            g.day() == null ? null : new EventDate(g.day(), g.day(), DatePrecision.DAY, null);
        List<Participant> actors =
            g.actors().isEmpty()
                ? List.of()
                : List.of(new Participant(g.actors().get(0), null, null, null));
        List<Count> counts = new ArrayList<>();
        for (GoldCount c : g.optional() ? List.<GoldCount>of() : g.counts()) {
          // an optional event's figure (a war-wide total, a historical toll) is not the article's
          counts.add(new Count(c.kind(), c.value(), c.value(), c.value(), false, null));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Span s : g.evidence()) {
          evidence.add(new Evidence(s.start(), s.end()));
        }
        events.add(
            new Event(
                "v" + events.size(),
                g.type() == null ? g.family() : g.type(),
                g.status() == null ? "occurred" : g.status(),
                date,
                placeId,
                actors,
                List.of(),
                counts,
                null,
                evidence,
                1.0));
      }
    } else {
      List<Count> counts = new ArrayList<>();
      if (doc.counts() != null) {
        doc.counts()
            .forEach(
                (kind, value) -> {
                  if (value != null && value > 0) {
                    counts.add(new Count(kind, value, value, value, false, null));
                  }
                });
      }
      if (!counts.isEmpty()) {
        events.add(
            new Event(
                "c",
                "ATTACK",
                "occurred",
                null,
                null,
                List.of(),
                List.of(),
                counts,
                null,
                List.of(new Evidence(0, 1)),
                1.0));
      }
      if (doc.labels() != null) {
        for (String label : doc.labels()) {
          events.add(
              new Event(
                  "l" + label,
                  label,
                  "occurred",
                  null,
                  null,
                  List.of(),
                  List.of(),
                  List.of(),
                  null,
                  List.of(new Evidence(0, 1)),
                  1.0));
        }
      }
    }
    return Build.analysis(places, events, quotes);
  }
}
