package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.TestWarcs;
import org.sitrep.ingest.WarcCounts;
import org.sitrep.model.Event;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Outcome;

/**
 * Issue 13's WARC criterion, on the real pipeline: a gzipped archive of more than 500 records
 * (articles, images, redirects, errors, robots.txt, request records, a corrupt stretch and a
 * truncated tail), written by the test with jwarc. Every article record is analysed, every other
 * record is skipped and counted, the two damaged stretches are two failure lines, and nothing
 * crashes.
 */
class WarcIT {
  @TempDir Path dir;

  @Test
  void everyArticleRecordOfALargeDamagedArchiveIsAnalysed() throws Exception {
    Path file = dir.resolve("crawl.warc.gz");
    TestWarcs.Contents w = TestWarcs.write(file, 140, true, true, true);
    assertThat(w.records()).isGreaterThanOrEqualTo(500);

    ArticleReader reader = new ArticleReader();
    List<Outcome> outcomes = new ArrayList<>();
    try (BatchRunner runner = new BatchRunner(SharedPipeline.get(), 2)) {
      runner.run(reader, List.of(file.toString()), System.in, null, outcomes::add);
    }
    List<Outcome.Done> done =
        outcomes.stream()
            .filter(o -> o instanceof Outcome.Done)
            .map(o -> (Outcome.Done) o)
            .toList();
    List<Outcome.Failed> failed =
        outcomes.stream()
            .filter(o -> o instanceof Outcome.Failed)
            .map(o -> (Outcome.Failed) o)
            .toList();

    assertThat(done).hasSize(w.articles());
    assertThat(failed).hasSize(2).allSatisfy(f -> assertThat(f.origin()).matches(".*@\\d+"));
    assertThat(done)
        .allSatisfy(
            d -> {
              assertThat(d.analysis().document().source()).startsWith("https://news");
              assertThat(d.analysis().document().published()).isEqualTo(LocalDate.of(2024, 3, 5));
            });
    // the pages report attacks: most of them yield an event, with the place the page names
    long withEvents = done.stream().filter(d -> !d.analysis().events().isEmpty()).count();
    assertThat(withEvents).isGreaterThan(w.articles() * 3L / 4);
    long placed =
        done.stream()
            .flatMap(d -> d.analysis().events().stream())
            .map(Event::place)
            .filter(p -> p != null)
            .count();
    assertThat(placed).isPositive();

    WarcCounts counts = reader.warcCounts().get(0);
    assertThat(counts.articles() + counts.skippedTotal()).isEqualTo(w.records());
    assertThat(counts.corrupt()).isEqualTo(2);
    System.out.println("WarcIT: " + counts.summary());
    failed.forEach(f -> System.out.println("WarcIT: " + f.message()));
  }
}
