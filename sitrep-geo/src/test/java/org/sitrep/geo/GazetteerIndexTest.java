package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.index.GazetteerData;
import org.sitrep.geo.index.GazetteerIndex;

class GazetteerIndexTest {
  static GazetteerData sample() {
    List<GeoEntry> entries =
        List.of(
            new GeoEntry(0, 0, "Ukraine", 49, 32, PlaceKind.COUNTRY, "PCLI", "UA", "", 40_000_000),
            new GeoEntry(
                1,
                703448,
                "Kiev",
                50.45466,
                30.5238,
                PlaceKind.CITY,
                "PPLC",
                "UA",
                "12",
                2_797_553),
            new GeoEntry(2, 4887398, "Kiev", 41.0, -87.0, PlaceKind.CITY, "PPL", "US", "IL", 1_200),
            new GeoEntry(
                3, 0, "Kyiv City", 50.45, 30.52, PlaceKind.ADMIN1, "ADM1", "UA", "12", 2_797_553),
            new GeoEntry(4, 0, "Donbas", 48, 38, PlaceKind.REGION, "RGN", "UA", "", 0));
    Map<String, int[]> names =
        Map.of(
            "ukraine", new int[] {0 << 1 | 1},
            "kiev", new int[] {1 << 1 | 1, 2 << 1 | 1},
            "kyiv", new int[] {1 << 1, 3 << 1},
            "kyiv city", new int[] {3 << 1 | 1},
            "donbas", new int[] {4 << 1 | 1},
            "donbass", new int[] {4 << 1});
    return new GazetteerData(
        entries,
        names,
        Map.of("kiv", new int[] {1 << 1}),
        Map.of(),
        Map.of("ukrainian", 0, "ukrainians", 0),
        Map.of("UA.12", "Kyiv City"),
        List.of("test data"));
  }

  @Test
  void roundTripKeepsEveryField() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerIndex.write(sample(), out);
    Gazetteer g = Gazetteer.read(out.toByteArray(), "test");

    assertThat(g.size()).isEqualTo(5);
    assertThat(g.entry(1)).isEqualTo(sample().entries().get(1));
    assertThat(g.sources()).containsExactly("test data");
    assertThat(g.lookup("Kyiv")).extracting(m -> m.entry().index()).containsExactly(1, 3);
    assertThat(g.lookup("KIEV")).allMatch(Gazetteer.Match::mainName);
    assertThat(g.lookup("Kyiv")).noneMatch(Gazetteer.Match::mainName);
    assertThat(g.lookupSkeleton("Kyyiv")).extracting(m -> m.entry().name()).containsExactly("Kiev");
    assertThat(g.demonym("Ukrainians")).map(GeoEntry::name).hasValue("Ukraine");
    assertThat(g.admin1Name(g.entry(1))).isEqualTo("Kyiv City");
    assertThat(g.country("UA")).map(GeoEntry::index).hasValue(0);
    assertThat(g.sha256()).hasSize(64);
  }

  @Test
  void findPrefersCountriesThenTheMostPopulous() throws Exception {
    Gazetteer g = Gazetteer.of(sample());
    assertThat(g.find("Kiev")).map(GeoEntry::country).hasValue("UA");
    assertThat(g.find("Donbass")).map(GeoEntry::kind).hasValue(PlaceKind.REGION);
    assertThat(g.find("Atlantis")).isEmpty();
    assertThatThrownBy(() -> g.expect("Atlantis")).hasMessageContaining("Atlantis");
  }

  @Test
  void refusesSomethingElse() {
    assertThatThrownBy(() -> Gazetteer.read(new byte[] {1, 2, 3}, "junk"))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("junk");
  }
}
