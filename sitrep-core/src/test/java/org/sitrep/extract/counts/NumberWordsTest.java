package org.sitrep.extract.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
  private static NumberWords.Quantity read(String words) {
    return NumberWords.read(List.of(words.split(" ")), 0);
  }

  @Test
  void digitsWithAndWithoutSeparators() {
    assertThat(read("1,200 people").value()).isEqualTo(1200L);
    assertThat(read("1200 people").value()).isEqualTo(1200L);
    assertThat(read("1.3 million refugees").value()).isEqualTo(1_300_000L);
  }

  @Test
  void numberWords() {
    assertThat(read("four soldiers").value()).isEqualTo(4L);
    assertThat(read("twenty-one civilians").value()).isEqualTo(21L);
    assertThat(read("a dozen people").value()).isEqualTo(12L);
    assertThat(read("two hundred people").value()).isEqualTo(200L);
  }

  @Test
  void vagueQuantitiesAreRanges() {
    NumberWords.Quantity q = read("thousands of people");
    assertThat(q.value()).isNull();
    assertThat(q.min()).isEqualTo(2_000L);
    assertThat(q.max()).isEqualTo(9_999L);
    assertThat(q.approximate()).isTrue();
    assertThat(read("hundreds of people").min()).isEqualTo(200L);
  }

  @Test
  void qualifiers() {
    NumberWords.Quantity atLeast = read("at least 12 people");
    assertThat(atLeast.value()).isEqualTo(12L);
    assertThat(atLeast.min()).isEqualTo(12L);
    assertThat(atLeast.approximate()).isTrue();
    NumberWords.Quantity upTo = read("up to 200,000");
    assertThat(upTo.value()).isEqualTo(200_000L);
    assertThat(upTo.min()).isZero();
    NumberWords.Quantity just = read("Just 400 managed");
    assertThat(just.value()).isEqualTo(400L);
    assertThat(just.approximate()).isFalse();
  }

  @Test
  void aHyphenatedNumberWordSplitByTheTokenizer() {
    assertThat(read("thirty - six civilians").value()).isEqualTo(36L);
    assertThat(read("Twenty - one soldiers").value()).isEqualTo(21L);
  }

  @Test
  void aNegatedFigureIsNought() {
    assertThat(read("no one was killed").value()).isEqualTo(0L);
    assertThat(read("no civilians were hurt").value()).isEqualTo(0L);
    assertThat(read("one soldier was killed").value()).isEqualTo(1L);
  }

  @Test
  void articleAloneIsNotANumber() {
    assertThat(read("a drone struck")).isNull();
    assertThat(read("the city")).isNull();
  }
}
