package org.sitrep.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.TimeExpression;

/** Dates reckoned from the text stay within what the contract's ISO form can hold. */
class DateExtractorTest {
  private static List<TimeExpression> extract(String text, LocalDate published) {
    CleanDocument clean =
        new CleanDocument(
            "t",
            Cleaner.sha256(text),
            null,
            published,
            null,
            text,
            OffsetMap.identity(text.length()));
    return new DateExtractor().extract(new AnnotatedDocument(clean, List.of(), List.of()));
  }

  @Test
  void aDayCountBeyondAnIntIsNoDateAndNoCrash() {
    String text =
        "On the 99999999999th day of the war, which began on February 24, 2022, shelling hit"
            + " Kharkiv.";
    assertThatCode(() -> extract(text, LocalDate.of(2024, 5, 1))).doesNotThrowAnyException();
  }

  @Test
  void aDayCountPastTheYear9999GivesNoDate() {
    String text =
        "On the 3000000th day of the war, which began on February 24, 2022, shelling hit Kharkiv.";
    List<TimeExpression> found = extract(text, LocalDate.of(2024, 5, 1));
    assertThat(found)
        .allSatisfy(t -> assertThat(t.end().getYear()).isBetween(1, 9999))
        .noneMatch(t -> t.mention().text().contains("3000000th"));
    assertThat(
            extract(
                "On the 30th day of the war, which began on February 24, 2022, it rained.", null))
        .isNotNull();
  }

  @Test
  void overTheWeekendIsTheLatestWeekendUpToPublication() {
    String text = "Soldiers detained about 40 men in night raids over the weekend, residents said.";
    List<TimeExpression> tuesday = extract(text, LocalDate.of(2031, 3, 11));
    assertThat(tuesday).hasSize(1);
    assertThat(tuesday.get(0).mention().text()).isEqualTo("the weekend");
    assertThat(tuesday.get(0).start()).isEqualTo(LocalDate.of(2031, 3, 8));
    assertThat(tuesday.get(0).end()).isEqualTo(LocalDate.of(2031, 3, 9));
    List<TimeExpression> saturday = extract(text, LocalDate.of(2031, 3, 8));
    assertThat(saturday.get(0).start()).isEqualTo(LocalDate.of(2031, 3, 8));
    assertThat(extract("They will meet at the weekend.", LocalDate.of(2031, 3, 11))).hasSize(1);
    assertThat(extract("The weekend market reopened.", LocalDate.of(2031, 3, 11))).isEmpty();
  }

  @Test
  void aTimeCountedBackIsReadFromPublication() {
    LocalDate published = LocalDate.of(2031, 3, 11);
    List<TimeExpression> three =
        extract("Three days ago, gunmen stormed the checkpoint, a guard said.", published);
    assertThat(three).hasSize(1);
    assertThat(three.get(0).start()).isEqualTo(LocalDate.of(2031, 3, 8));
    assertThat(three.get(0).precision()).isEqualTo(DatePrecision.DAY);
    // a vague count is a span of its units, one precision coarser
    List<TimeExpression> few =
        extract("A mine laid a few weeks ago killed one of the patrol.", published);
    assertThat(few).hasSize(1);
    assertThat(few.get(0).start()).isBefore(LocalDate.of(2031, 2, 26));
    assertThat(few.get(0).end()).isBefore(published);
    assertThat(few.get(0).precision()).isEqualTo(DatePrecision.MONTH);
    List<TimeExpression> decades =
        extract("The massacre there decades ago was never investigated.", published);
    assertThat(decades).hasSize(1);
    assertThat(decades.get(0).end().getYear()).isLessThan(2020);
    assertThat(extract("The day ago market reopened.", published)).isEmpty();
  }
}
