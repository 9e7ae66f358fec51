package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.OffsetMap.Piece;

/** Offsets in a cleaned text mapped back to the text it was cut from. */
class OffsetMapTest {
  // source: "Shelling hit Homs.\nFollow our live blog.\nMedics said 9 died.\n"
  //          0                 18 19                  41                 61
  private static final String SOURCE =
      "Shelling hit Homs.\nFollow our live blog.\nMedics said 9 died.\n";
  // the promo line [19, 41) was cut: clean = "Shelling hit Homs.\nMedics said 9 died.\n"
  private static final String CLEAN = "Shelling hit Homs.\nMedics said 9 died.\n";
  private static final OffsetMap CUT =
      new OffsetMap(List.of(new Piece(0, 0, 19), new Piece(19, 41, 20)));

  @Test
  void fixtureIsConsistent() {
    assertThat(SOURCE.substring(0, 19) + SOURCE.substring(41)).isEqualTo(CLEAN);
  }

  @Test
  void identityMapsEveryOffsetToItself() {
    OffsetMap id = OffsetMap.identity(100);
    assertThat(id.isIdentity()).isTrue();
    for (int i = 0; i <= 100; i += 7) {
      assertThat(id.toSource(i)).isEqualTo(i);
    }
    assertThat(id.toSource(new Span(12, 40))).isEqualTo(new Span(12, 40));
  }

  @Test
  void mapWithACutIsNotIdentity() {
    assertThat(CUT.isIdentity()).isFalse();
    assertThat(new OffsetMap(List.of(new Piece(0, 5, 10))).isIdentity()).isFalse();
    assertThat(CUT.pieces()).hasSize(2);
  }

  @Test
  void offsetsBeforeTheCutAreUnchanged() {
    assertThat(CUT.toSource(0)).isEqualTo(0);
    assertThat(CUT.toSource(13)).isEqualTo(13);
    Span homs = new Span(13, 17);
    assertThat(homs.of(CLEAN)).isEqualTo("Homs");
    assertThat(CUT.toSource(homs).of(SOURCE)).isEqualTo("Homs");
  }

  @Test
  void offsetsAfterTheCutAreShiftedByTheCutLength() {
    int said = CLEAN.indexOf("said");
    assertThat(CUT.toSource(said)).isEqualTo(SOURCE.indexOf("said"));
    Span died = new Span(CLEAN.indexOf("died"), CLEAN.indexOf("died") + 4);
    assertThat(CUT.toSource(died))
        .isEqualTo(new Span(SOURCE.indexOf("died"), SOURCE.indexOf("died") + 4));
  }

  @Test
  void endOfAPieceMapsToThatPiecesEndNotPastTheCut() {
    // "Homs.\n" ends the first piece: its end must not swallow the promo line
    Span firstLine = new Span(0, 19);
    assertThat(CUT.toSource(firstLine).of(SOURCE)).isEqualTo("Shelling hit Homs.\n");
  }

  @Test
  void endOfTheTextMapsToTheEndOfTheSource() {
    assertThat(CUT.toSource(CLEAN.length())).isEqualTo(SOURCE.length());
  }

  @Test
  void spanAcrossTheCutCoversTheCutInTheSource() {
    Span across = new Span(CLEAN.indexOf("Homs"), CLEAN.indexOf("said") + 4);
    assertThat(CUT.toSource(across).of(SOURCE))
        .isEqualTo("Homs.\nFollow our live blog.\nMedics said");
  }

  @Test
  void spanStartingRightAfterACutMapsToTheTextAfterTheCut() {
    Span medics = new Span(19, 25);
    assertThat(medics.of(CLEAN)).isEqualTo("Medics");
    assertThat(CUT.toSource(medics).of(SOURCE)).isEqualTo("Medics");
    assertThat(CUT.toSource(19)).isEqualTo(41);
  }
}
