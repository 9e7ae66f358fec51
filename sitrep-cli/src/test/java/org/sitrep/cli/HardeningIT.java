package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.Analysis;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Place;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.output.Json;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;

/**
 * Issue 10's defects on the command line and the real pipeline: a layer that fails costs that
 * layer, a long article stops at its time budget and the batch goes on, and bad option values get
 * one honest line.
 */
class HardeningIT {
  @TempDir Path dir;

  private static final String STATEMENT =
      "Drones struck a fuel depot in Odesa overnight, killing two workers, governor Oleh Kiper"
          + " said. \"The fire is under control,\" Kiper told reporters on Tuesday.";

  /**
   * A place resolver that always fails: fault injection at the one stage boundary under test. The
   * annotator and every other layer are the real ones.
   */
  private static final PlaceResolver BROKEN_PLACES =
      new PlaceResolver() {
        @Override
        public List<Place> resolve(AnnotatedDocument document) {
          throw new IllegalStateException("gazetteer index is corrupt");
        }

        @Override
        public String description() {
          return "a resolver that fails, for the test";
        }
      };

  private static Pipeline brokenPlaces() {
    Pipeline real = SharedPipeline.get();
    return new Pipeline(real.annotator(), BROKEN_PLACES, Application.events());
  }

  private static RawArticle article(String id, String text) {
    return new RawArticle("test:" + id, id, SourceFormat.TEXT, text, null, null, null);
  }

  @Test
  void aFailingLayerCostsThatLayerNamedInTheOutputNotTheArticle() throws Exception {
    Outcome o = new BatchRunner(brokenPlaces(), 1).analyse(article("odesa", STATEMENT));
    assertThat(o).isInstanceOf(Outcome.Done.class);
    Analysis a = ((Outcome.Done) o).analysis();
    assertThat(a.failures()).hasSize(1);
    assertThat(a.failures().get(0).layer()).isEqualTo("places");
    assertThat(a.failures().get(0).message())
        .isEqualTo("places layer failed: IllegalStateException: gazetteer index is corrupt");
    assertThat(a.places()).isEmpty();
    assertThat(a.quotes()).extracting(q -> q.text()).contains("The fire is under control");
    assertThat(a.entities()).extracting(e -> e.name()).contains("Oleh Kiper");
    assertThat(a.events()).isNotEmpty();
    JsonNode out = Json.mapper().readTree(Json.line(a));
    assertThat(out.get("failures").get(0).get("layer").asText()).isEqualTo("places");
  }

  @Test
  void aFailingLayerIsRecordedAsAFailureByIngestAndTheArticleIsStored() {
    try (Store s = Store.open(dir.resolve("layer.duckdb"));
        Ingester in = Application.ingester(s, brokenPlaces(), 1)) {
      Ingester.Tally t =
          in.run(List.of(new InputItem.Read(article("odesa", STATEMENT))), (d, n, x) -> {});
      assertThat(t.stored()).isEqualTo(1);
      assertThat(s.failures())
          .extracting(Store.Failure::reason)
          .containsExactly(
              "places layer failed: IllegalStateException: gazetteer index is corrupt");
      assertThat(s.rowCounts().get("quotes")).isPositive();
    }
  }

  @Test
  void aMegabyteOfOneRepeatedSentenceStopsAtTheTimeBudgetAndTheNextRecordIsStillWritten()
      throws Exception {
    String sentence =
        "Russian forces shelled Kharkiv on Monday, killing three civilians, the governor said. ";
    String huge = sentence.repeat((1 << 20) / sentence.length() + 1);
    Path in = dir.resolve("batch.jsonl");
    Files.writeString(
        in,
        Json.mapper().writeValueAsString(java.util.Map.of("id", "huge", "text", huge))
            + "\n"
            + "{\"id\":\"next\",\"text\":\"A drone struck a market in El Fasher on Monday, killing"
            + " at least 12 people, medics said.\"}\n",
        StandardCharsets.UTF_8);
    ExtractCommandIT.Run r =
        ExtractCommandIT.run(
            "extract", "--format", "jsonl", "--threads", "2", "--max-seconds", "3", in.toString());
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("huge");
    assertThat(first.get("error").asText())
        .contains("took longer than 3 s")
        .contains("--max-seconds");
    JsonNode second = Json.mapper().readTree(lines.get(1));
    assertThat(second.get("document").get("id").asText()).isEqualTo("next");
    assertThat(second.get("events")).isNotEmpty();
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("batch.jsonl:1: analysis took longer than 3 s");
  }

  @Test
  void anImpossibleOrOutOfRangePublishedDateIsOneLineWithoutJavaTime() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Shelling hit Kherson this week, officials said.");
    for (String bad : List.of("2024-02-30", "9999-12-31", "March 5")) {
      ExtractCommandIT.Run r = ExtractCommandIT.run("extract", "--published", bad, f.toString());
      assertThat(r.code()).as(bad).isEqualTo(2);
      String first = r.err().lines().findFirst().orElse("");
      assertThat(first).contains("--published").contains(bad);
      assertThat(r.err()).doesNotContain("java.time").doesNotContain("Text '");
    }
  }

  @Test
  void negativeSizesThreadsAndBudgetsAreRefused() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Shelling hit Kherson on Monday.");
    for (String[] opt :
        List.of(
            new String[] {"--max-mb", "-1"},
            new String[] {"--threads", "-1"},
            new String[] {"--max-seconds", "0"})) {
      ExtractCommandIT.Run r = ExtractCommandIT.run("extract", opt[0], opt[1], f.toString());
      assertThat(r.code()).as(opt[0]).isEqualTo(2);
      assertThat(r.err().strip()).as(opt[0]).startsWith("sitrep: " + opt[0] + " must be");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void serveNamesTheRealCauseOfABadPortOrAnAddressThatIsNotLocal() {
    ExtractCommandIT.Run port = ExtractCommandIT.run("serve", "--port", "99999");
    assertThat(port.code()).isEqualTo(2);
    assertThat(port.err().strip())
        .isEqualTo("sitrep: --port must be between 0 and 65535, not 99999");
    ExtractCommandIT.Run host =
        ExtractCommandIT.run(
            "serve",
            "--host",
            "192.0.2.7",
            "--port",
            "0",
            "--db",
            dir.resolve("s.duckdb").toString());
    assertThat(host.code()).isEqualTo(2);
    assertThat(host.err().strip())
        .isEqualTo(
            "sitrep: --host 192.0.2.7 is not an address of this machine (try 127.0.0.1 or 0.0.0.0)");
    assertThat(host.err()).doesNotContain("in use");
  }
}
