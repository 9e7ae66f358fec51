package org.sitrep.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
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
}
