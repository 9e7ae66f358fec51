package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Span;

class GoldSetTest {
  private static final String KEY =
      """
      {"id": "a", "toponyms": [{"start": 10, "end": 18, "text": "Xville", "geonames_id": 7, "lat": 47.1, "lon": 37.5, "country": "UA", "level": null, "class": "literal", "gwn_type": "Literal"}], "extra": {"anything": [1, 2]}}

      {"id": "b", "quotes": [{"start": 1, "end": 9, "text": "t", "speaker": ["Orlov", "Serhiy Orlov"]}, {"start": 20, "end": 30, "text": "u", "speaker": [], "optional": true}], "counts": {"killed": 12, "injured": null}}
      {"id": "c", "events": [{"family": "ATTACK", "alt_families": ["CLASH"], "start": 5, "end": 9, "spans": [[5, 9], [40, 50]], "place": {"name": "X", "geonames_id": 0, "lat": 1.5, "lon": 2.5}, "date": "2022-03-05", "actors": ["Russia"], "counts": [{"kind": "displaced", "value": null, "text": "Thousands"}], "status": "occurred", "optional": false, "triggers": ["shelled"]}, {"family": "TALKS", "start": 1, "end": 2, "optional": true}], "covered": ["ATTACK", "CLASH", "TALKS"]}
      {"id": "d", "labels": [], "covered": ["PROTEST"], "case_label": "NATURAL_DISASTER"}
      """;

  @Test
  void readsEveryLayerAndIgnoresUnknownFields() {
    GoldSet set = GoldSet.parse("mini", KEY);
    assertThat(set.name()).isEqualTo("mini");
    assertThat(set.size()).isEqualTo(4);
    assertThat(set.ids()).containsExactly("a", "b", "c", "d");

    GoldDocument a = set.get("a").orElseThrow();
    assertThat(a.quotes()).isNull();
    assertThat(a.events()).isNull();
    assertThat(a.counts()).isNull();
    assertThat(a.labels()).isNull();
    GoldToponym t = a.toponyms().get(0);
    assertThat(t.span()).isEqualTo(new Span(10, 18));
    assertThat(t.geonamesId()).isEqualTo(7L);
    assertThat(t.hasCoordinates()).isTrue();
    assertThat(t.isCountryLevel()).isFalse();
    assertThat(t.toponymClass()).isEqualTo("literal");

    GoldDocument b = set.get("b").orElseThrow();
    assertThat(b.quotes()).hasSize(2);
    assertThat(b.quotes().get(0).speaker()).containsExactly("Orlov", "Serhiy Orlov");
    assertThat(b.quotes().get(1).optional()).isTrue();
    assertThat(b.counts()).containsEntry("killed", 12L).containsEntry("injured", null);

    GoldDocument c = set.get("c").orElseThrow();
    GoldEvent e = c.events().get(0);
    assertThat(e.families()).containsExactly("ATTACK", "CLASH");
    assertThat(e.evidence()).containsExactly(new Span(5, 9), new Span(40, 50));
    assertThat(e.place().geonamesId()).as("0 means no id").isNull();
    assertThat(e.day()).isEqualTo(LocalDate.of(2022, 3, 5));
    assertThat(e.counts()).containsExactly(new GoldCount("displaced", null));
    GoldEvent talks = c.events().get(1);
    assertThat(talks.optional()).isTrue();
    assertThat(talks.altFamilies()).isEmpty();
    assertThat(talks.actors()).isEmpty();
    assertThat(talks.evidence()).containsExactly(new Span(1, 2));
    assertThat(talks.day()).isNull();
    assertThat(c.covers("clash")).isTrue();
    assertThat(c.covers("PROTEST")).isFalse();

    GoldDocument d = set.get("d").orElseThrow();
    assertThat(d.labels()).isEmpty();
    assertThat(set.get("zz")).isEmpty();
  }

  @Test
  void missingCoveredCoversEveryFamily() {
    GoldDocument doc = GoldSet.parse("x", "{\"id\": \"x\", \"events\": []}").documents().get(0);
    assertThat(doc.covers("DENIAL")).isTrue();
    assertThat(doc.covers(null)).isFalse();
  }

  @Test
  void readsASetDirectoryNamedAfterIt(@TempDir Path dir) throws IOException {
    Path set = Files.createDirectory(dir.resolve("tiny"));
    Files.writeString(set.resolve(GoldSet.FILE), KEY, StandardCharsets.UTF_8);
    assertThat(GoldSet.read(set).name()).isEqualTo("tiny");
    assertThat(GoldSet.read(set.resolve(GoldSet.FILE)).size()).isEqualTo(4);
  }

  @Test
  void reportsTheBadLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(GoldSet.FILE);
    Files.writeString(
        file, "{\"id\": \"a\"}\n{\"id\": \"b\", \"toponyms\": [{\"start\": \"x\"}]}\n");
    assertThatThrownBy(() -> GoldSet.read(file))
        .isInstanceOfSatisfying(GoldFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageContaining(":2:");
  }

  @Test
  void rejectsDuplicateIdsBadDatesAndMissingIds() {
    assertThatThrownBy(() -> GoldSet.parse("x", "{\"id\": \"a\"}\n{\"id\": \"a\"}"))
        .hasMessageContaining("duplicate id a");
    assertThatThrownBy(
            () ->
                GoldSet.parse(
                    "x",
                    "{\"id\": \"a\", \"events\": [{\"family\": \"ATTACK\", \"date\":"
                        + " \"05/03/22\"}]}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GoldSet.parse("x", "{\"toponyms\": []}")).hasMessageContaining("x:1");
  }
}
