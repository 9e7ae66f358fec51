package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {
  @Test
  void caseDiacriticsApostrophesAndPrimesDoNotMatter() {
    assertThat(NameNormalizer.key("L'viv")).isEqualTo(NameNormalizer.key("Lviv"));
    assertThat(NameNormalizer.key("Ternopil’")).isEqualTo("ternopil");
    assertThat(NameNormalizer.key("Ternopilʼ")).isEqualTo("ternopil");
    assertThat(NameNormalizer.key("Kryvyi Rih")).isEqualTo(NameNormalizer.key("KRYVYI  RIH"));
    assertThat(NameNormalizer.key("Bogotá")).isEqualTo("bogota");
    assertThat(NameNormalizer.key("Łódź")).isEqualTo("lodz");
    assertThat(NameNormalizer.key("Düsseldorf")).isEqualTo("dusseldorf");
  }

  @Test
  void dotsHyphensAndLeadingTheAreIgnored() {
    assertThat(NameNormalizer.key("U.S.")).isEqualTo("us");
    assertThat(NameNormalizer.key("Rostov-on-Don")).isEqualTo("rostov on don");
    assertThat(NameNormalizer.key("the Netherlands")).isEqualTo("netherlands");
    assertThat(NameNormalizer.key("The Hague")).isEqualTo("hague");
  }

  @Test
  void commonAbbreviationsExpandBeforeAnotherWord() {
    assertThat(NameNormalizer.key("St. Petersburg")).isEqualTo("saint petersburg");
    assertThat(NameNormalizer.key("St Louis")).isEqualTo("saint louis");
    assertThat(NameNormalizer.key("Ft. Worth")).isEqualTo("fort worth");
    assertThat(NameNormalizer.key("Mt. Kenya")).isEqualTo("mount kenya");
    // Alone it is not an abbreviation of anything.
    assertThat(NameNormalizer.key("St")).isEqualTo("st");
  }

  @Test
  void skeletonFoldsTransliterationVariants() {
    assertThat(skeleton("Mykolayiv")).isEqualTo(skeleton("Mykolaiv"));
    assertThat(skeleton("Kharkov")).isEqualTo(skeleton("Kharkow"));
    assertThat(skeleton("Zhytomyr")).isEqualTo(skeleton("Jitomir"));
    assertThat(skeleton("Kyyiv")).isEqualTo(skeleton("Kyiv"));
    assertThat(skeleton("Odessa")).isEqualTo(skeleton("Odesa"));
    assertThat(skeleton("Khartoum")).isEqualTo(skeleton("Hartum"));
  }

  @Test
  void latinKeysOnly() {
    assertThat(NameNormalizer.isLatinKey("kyiv")).isTrue();
    assertThat(NameNormalizer.isLatinKey(NameNormalizer.key("Київ"))).isFalse();
    assertThat(NameNormalizer.isLatinKey("")).isFalse();
  }

  @Test
  void vowelVariantsAreTheSameLettersButForTheirVowels() {
    assertThat(variant("Homsa", "Al Hamsi")).isTrue();
    assertThat(variant("Madinet", "Madinat")).isTrue();
    assertThat(variant("Mahaja", "Al Mahajah")).as("a final -ah").isTrue();
    assertThat(NameNormalizer.consonants(NameNormalizer.key("Homsa")))
        .isEqualTo(NameNormalizer.consonants(NameNormalizer.key("Al Hamsi")));
    assertThat(variant("Capitol", "Capitola")).as("a letter more").isFalse();
    assertThat(variant("Red Line", "Red Lion")).as("letters moved").isFalse();
    assertThat(variant("Dura", "Dora")).as("too short").isFalse();
  }

  private static boolean variant(String a, String b) {
    return NameNormalizer.vowelVariant(NameNormalizer.key(a), NameNormalizer.key(b));
  }

  private static String skeleton(String name) {
    return NameNormalizer.skeleton(NameNormalizer.key(name));
  }
}
