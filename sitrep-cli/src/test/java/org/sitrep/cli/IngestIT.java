package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;

/**
 * The ingester with the real pipeline (CoreNLP, gazetteer, events) on short articles written for
 * this test: every fact is stored, failures are recorded and never stop the batch, a text already
 * stored is skipped, and a second run adds nothing.
 */
class IngestIT {
  @TempDir Path dir;

  static final String[] TEXTS = {
    "Russian forces shelled Kharkiv overnight, killing three civilians, the regional governor said.",
    "A drone struck a market in El Fasher on Monday, killing at least 12 people, medics said.",
    "Gunmen attacked the town of Kenscoff near Port-au-Prince, killing five residents, police said.",
    "About 2,000 people were evacuated from Sumy on Tuesday, officials said.",
    "The army said it had captured 40 fighters near Wad Madani.",
    "\"We have nothing left,\" said Amina Yusuf, a mother of four who fled Omdurman.",
    "Airstrikes hit Sagaing region on Friday, killing nine villagers, a local official said.",
    "Israeli strikes on Gaza killed 14 people on Sunday, the health ministry said.",
  };

  @Test
  void storesRealAnalysesRecordsFailuresAndSkipsWhatIsThere() throws Exception {
    List<InputItem> items = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      items.add(read("mem:" + i, SourceFormat.TEXT, TEXTS[i]));
    }
    items.add(
        read(
            "mem:empty-page",
            SourceFormat.HTML,
            "<html><body><nav><a href=\"/\">Home</a></nav></body></html>"));
    items.add(new InputItem.Failed("mem:bad", null, "malformed JSON line"));
    items.add(read("mem:dup", SourceFormat.TEXT, TEXTS[3]));

    try (Store s = Store.open(dir.resolve("a.duckdb"));
        Ingester in = Application.ingester(s, SharedPipeline.get(), 2)) {
      int[] last = {0};
      Ingester.Tally t = in.run(items, (done, total, tally) -> last[0] = done);
      assertThat(last[0]).isEqualTo(items.size());
      assertThat(t.stored()).isEqualTo(TEXTS.length);
      assertThat(t.skipped()).isEqualTo(1);
      assertThat(t.failures())
          .extracting(Store.Failure::origin)
          .containsExactlyInAnyOrder("mem:empty-page", "mem:bad");
      assertThat(s.failures())
          .extracting(Store.Failure::reason)
          .containsExactlyInAnyOrder("no article text found in the HTML", "malformed JSON line");

      Map<String, Long> counts = s.rowCounts();
      assertThat(counts.get("articles")).isEqualTo(TEXTS.length);
      assertThat(counts.get("provenance")).isEqualTo(1);
      assertThat(counts.get("events")).isGreaterThanOrEqualTo(6);
      assertThat(counts.get("places")).isGreaterThanOrEqualTo(7);
      assertThat(counts.get("counts")).isGreaterThanOrEqualTo(5);
      assertThat(counts.get("quotes")).isGreaterThanOrEqualTo(1);

      // provenance: every event leads to its article's hash, sitrep's version and commit, the
      // CoreNLP version and annotators and the gazetteer's hash; quotes name their rule
      try (var c = s.connection();
          var st = c.createStatement()) {
        try (var rs =
            st.executeQuery(
                "SELECT count(*), count(DISTINCT e.article_sha256) FROM events e"
                    + " JOIN articles a ON a.sha256 = e.article_sha256"
                    + " JOIN provenance p ON p.id = a.provenance_id"
                    + " WHERE p.annotator LIKE 'corenlp 4.5%tokenize%ner=%' AND p.gazetteer LIKE '%gazetteer %sha256:%'"
                    + " AND p.sitrep_version <> '' AND p.sitrep_commit <> '' AND p.schema_name = 'sitrep/v1'")) {
          rs.next();
          assertThat(rs.getLong(1)).isEqualTo(counts.get("events"));
        }
        try (var rs =
            st.executeQuery(
                "SELECT speaker_name, rule FROM quotes WHERE text LIKE 'We have nothing left%'")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("Amina Yusuf");
          assertThat(rs.getString(2)).isEqualTo("speech-verb-after");
        }
      }

      var digest = s.contentDigest();
      Ingester.Tally again = in.run(items, (done, total, tally) -> {});
      assertThat(again.stored()).isZero();
      assertThat(again.skipped()).isEqualTo(TEXTS.length + 1);
      assertThat(s.rowCounts()).isEqualTo(counts);
      assertThat(s.contentDigest()).isEqualTo(digest);
    }
  }

  private static InputItem read(String origin, SourceFormat format, String body) {
    return new InputItem.Read(
        new RawArticle(
            origin, origin.substring(4), format, body, LocalDate.of(2024, 6, 3), null, null));
  }
}
