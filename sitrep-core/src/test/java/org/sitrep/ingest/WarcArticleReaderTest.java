package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/**
 * WARC input on archives the test writes with jwarc: every article record is read with its target
 * URI and WARC date, every other record is skipped and counted, and a corrupt stretch or a
 * truncated tail costs one failure line naming the offset, never the rest of the archive.
 */
class WarcArticleReaderTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "gzip={0}")
  @ValueSource(booleans = {false, true})
  void readsEveryArticleSkipsAndCountsTheRestAndSurvivesCorruption(boolean gzip) throws Exception {
    Path file = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
    TestWarcs.Contents w = TestWarcs.write(file, 140, gzip, true, true);
    assertThat(w.records()).isGreaterThanOrEqualTo(500);

    ArticleReader reader = new ArticleReader();
    List<InputItem> items = reader.readAll(List.of(file.toString()), System.in);

    List<RawArticle> articles =
        items.stream()
            .filter(i -> i instanceof InputItem.Read)
            .map(i -> ((InputItem.Read) i).article())
            .toList();
    assertThat(articles).hasSize(w.articles());
    assertThat(articles).allSatisfy(a -> assertThat(a.format()).isEqualTo(SourceFormat.HTML));
    assertThat(articles)
        .allSatisfy(
            a ->
                assertThat(a.source())
                    .matches("https://news\\d\\.example/world/\\d+/report\\.html"));
    assertThat(articles)
        .allSatisfy(a -> assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5)));
    assertThat(articles)
        .allSatisfy(a -> assertThat(a.origin()).matches(".*crawl\\.warc(\\.gz)?@\\d+"));
    assertThat(articles.stream().map(RawArticle::source).distinct()).hasSize(w.articles());

    List<InputItem.Failed> failures =
        items.stream()
            .filter(i -> i instanceof InputItem.Failed)
            .map(i -> (InputItem.Failed) i)
            .toList();
    // the garbage in the middle and the cut last record: one line each, naming the offset
    assertThat(failures).hasSize(2);
    assertThat(failures).allSatisfy(f -> assertThat(f.origin()).matches(".*@\\d+"));
    assertThat(failures).allSatisfy(f -> assertThat(f.message()).doesNotContain("\n"));
    assertThat(failures.get(0).reason()).contains("reading on at");

    WarcCounts counts = reader.warcCounts().get(0);
    assertThat(counts.articles()).isEqualTo(w.articles());
    assertThat(counts.corrupt()).isEqualTo(2);
    assertThat(counts.skipped())
        .containsEntry("not HTML or text (image or other media)", w.images())
        .containsEntry("redirect", w.redirects())
        .containsEntry("HTTP error status", w.errors())
        .containsEntry("robots.txt", w.robots())
        .containsEntry("not a response or resource record", w.requests() + w.warcinfo());
    assertThat(counts.records()).isEqualTo(w.records());
    assertThat(counts.summary()).contains(w.articles() + " articles").contains("2 corrupt");
  }

  @Test
  void aPageDateWinsOverTheWarcDate() throws Exception {
    Path file = dir.resolve("dated.warc");
    try (var w = new org.netpreserve.jwarc.WarcWriter(file)) {
      var http =
          new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
              .body(
                  org.netpreserve.jwarc.MediaType.HTML,
                  ("<html><head><meta property=\"article:published_time\" content=\"2023-11-02T10:00:00Z\">"
                          + "</head><body><article><p>Shelling hit the port of Odesa on Thursday, the"
                          + " navy said.</p></article></body></html>")
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .build();
      w.write(
          new org.netpreserve.jwarc.WarcResponse.Builder("https://dated.example/a")
              .date(java.time.Instant.parse("2024-01-01T00:00:00Z"))
              .body(http)
              .build());
    }
    List<InputItem> items = new ArticleReader().readAll(List.of(file.toString()), System.in);
    assertThat(items).hasSize(1);
    RawArticle a = ((InputItem.Read) items.get(0)).article();
    assertThat(a.published()).isNull(); // the cleaner takes the page's own date
    assertThat(new org.sitrep.clean.Cleaner().clean(a).published())
        .isEqualTo(LocalDate.of(2023, 11, 2));
  }

  @Test
  void aFolderReadsTheWarcFilesInIt() throws Exception {
    TestWarcs.write(dir.resolve("a.warc.gz"), 5, true, false, false);
    Files.writeString(dir.resolve("b.txt"), "Troops shelled the town on Monday, officials said.");
    ArticleReader reader = new ArticleReader();
    List<InputItem> items = reader.readAll(List.of(dir.toString()), System.in);
    assertThat(items).hasSize(6).allMatch(i -> i instanceof InputItem.Read);
    assertThat(reader.warcCounts()).hasSize(1);
  }
}
