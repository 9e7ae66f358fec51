package org.sitrep.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.InputException;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;

/**
 * Temporal expressions normalised against the publication date, on text annotated by CoreNLP. The
 * articles are dated Tuesday 12 March 2024: the Sunday before is 10 March, the Sunday after 17
 * March, and the week before runs from Monday 4 to Sunday 10 March.
 */
class DateExtractorIT {
  private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 12);

  private static final String UKRAINE =
      """
      Drones struck a fuel depot in Odesa today, the regional administration said.
      Air raid sirens are expected to sound again tonight across the south.
      Yesterday the navy said it had intercepted four sea drones off Crimea.
      On Sunday, shelling killed two civilians in Kherson.
      A local ceasefire declared for Sunday was rejected by Moscow.
      Talks on prisoner exchanges will resume in Istanbul on Sunday, a Turkish diplomat said.
      Last week, at least 40 people were evacuated from Vovchansk.
      Officials first reported the strike on 5 March, two years after a similar attack on March 5, 2022.
      On the 10th day of the offensive, troops were still fighting for the town.
      """;

  private static final String SUDAN =
      """
      The war began on 15 April, when the army and the Rapid Support Forces turned their guns on each other in Khartoum.
      On the 10th day of the war, residents queued for bread as gunfire echoed across the city.
      """;

  private static CoreNlpAnnotator annotator;
  private final DateExtractor extractor = new DateExtractor();

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(NlpSettings.sitrep());
  }

  private static AnnotatedDocument annotate(String text, LocalDate published)
      throws InputException {
    return annotator.annotate(
        new Cleaner()
            .clean(new RawArticle("t", "t", SourceFormat.TEXT, text, published, null, null)));
  }

  /** The expression covering the first occurrence of {@code word} after {@code anchor}. */
  private static TimeExpression at(
      List<TimeExpression> found, String text, String anchor, String word) {
    int a = text.indexOf(anchor);
    assertThat(a).as("anchor '%s'", anchor).isGreaterThanOrEqualTo(0);
    int offset = text.indexOf(word, a);
    List<TimeExpression> hits = found.stream().filter(t -> t.span().contains(offset)).toList();
    assertThat(hits).as("expression at '%s' in %s", word, found).hasSize(1);
    return hits.get(0);
  }

  private static void assertDay(TimeExpression t, LocalDate day) {
    assertThat(t.start()).as(t.mention().text()).isEqualTo(day);
    assertThat(t.end()).as(t.mention().text()).isEqualTo(day);
    assertThat(t.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void relativeDaysAgainstThePublicationDate() throws InputException {
    AnnotatedDocument d = annotate(UKRAINE, TUESDAY);
    List<TimeExpression> found = extractor.extract(d);
    assertDay(at(found, d.text(), "Drones", "today"), TUESDAY);
    assertDay(at(found, d.text(), "sirens", "tonight"), TUESDAY);
    assertDay(at(found, d.text(), "Yesterday", "Yesterday"), LocalDate.of(2024, 3, 11));
  }

  @Test
  void weekdayIsThePastOneForReportedEventsAndTheNextOneForPlannedOnes() throws InputException {
    AnnotatedDocument d = annotate(UKRAINE, TUESDAY);
    List<TimeExpression> found = extractor.extract(d);
    assertDay(at(found, d.text(), "On Sunday, shelling", "Sunday"), LocalDate.of(2024, 3, 10));
    assertDay(at(found, d.text(), "declared for Sunday", "Sunday"), LocalDate.of(2024, 3, 17));
    assertDay(at(found, d.text(), "will resume", "Sunday"), LocalDate.of(2024, 3, 17));
    assertThat(at(found, d.text(), "declared for Sunday", "Sunday").mention().text())
        .isEqualTo("for Sunday");
  }

  @Test
  void lastWeekIsTheWholePreviousWeekWithWeekPrecision() throws InputException {
    AnnotatedDocument d = annotate(UKRAINE, TUESDAY);
    TimeExpression t = at(extractor.extract(d), d.text(), "Last week", "Last week");
    assertThat(t.mention().text()).isEqualTo("Last week");
    assertThat(t.start()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(t.end()).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(t.precision()).isEqualTo(DatePrecision.WEEK);
  }

  @Test
  void calendarDatesWithAndWithoutAYear() throws InputException {
    AnnotatedDocument d = annotate(UKRAINE, TUESDAY);
    List<TimeExpression> found = extractor.extract(d);
    TimeExpression dayMonth = at(found, d.text(), "on 5 March", "5 March");
    assertThat(dayMonth.mention().text()).isEqualTo("5 March");
    assertDay(dayMonth, LocalDate.of(2024, 3, 5));
    TimeExpression monthDayYear = at(found, d.text(), "March 5, 2022", "March");
    assertThat(monthDayYear.mention().text()).isEqualTo("March 5, 2022");
    assertDay(monthDayYear, LocalDate.of(2022, 3, 5));
  }

  @Test
  void nthDayWithoutAStatedStartIsThePublicationDay() throws InputException {
    AnnotatedDocument d = annotate(UKRAINE, TUESDAY);
    TimeExpression t = at(extractor.extract(d), d.text(), "10th day", "10th");
    assertThat(t.mention().text()).contains("10th day of the offensive");
    assertDay(t, TUESDAY);
  }

  @Test
  void nthDayCountsFromTheStatedStartOfTheWar() throws InputException {
    // published Sunday 30 April 2023; the war began on 15 April, so its 10th day is 24 April
    AnnotatedDocument d = annotate(SUDAN, LocalDate.of(2023, 4, 30));
    List<TimeExpression> found = extractor.extract(d);
    assertDay(at(found, d.text(), "began on", "15 April"), LocalDate.of(2023, 4, 15));
    TimeExpression tenth = at(found, d.text(), "the 10th day", "10th");
    assertThat(tenth.mention().text()).isEqualTo("the 10th day of the war");
    assertDay(tenth, LocalDate.of(2023, 4, 24));
  }

  @Test
  void withoutAPublicationDateOnlyDatesWithAYearAreNormalised() throws InputException {
    AnnotatedDocument d = annotate(UKRAINE, null);
    List<TimeExpression> found = extractor.extract(d);
    assertThat(found).extracting(t -> t.mention().text()).containsExactly("March 5, 2022");
  }

  @Test
  void mentionsAreInTextOrderAndPointAtTheirWords() throws InputException {
    AnnotatedDocument d = annotate(UKRAINE, TUESDAY);
    List<TimeExpression> found = extractor.extract(d);
    assertThat(found).hasSizeGreaterThanOrEqualTo(10);
    for (int i = 0; i < found.size(); i++) {
      TimeExpression t = found.get(i);
      assertThat(t.span().of(d.text())).isEqualTo(t.mention().text());
      assertThat(t.start()).isBeforeOrEqualTo(t.end());
      if (i > 0) {
        assertThat(t.span().start()).isGreaterThanOrEqualTo(found.get(i - 1).span().end());
      }
    }
  }

  @Test
  void nthDayCountsFromAStartStatedInARelativeClause() throws InputException {
    // published Monday 7 March 2022; 24 February is day 1, so day 10 is 5 March
    String text =
        """
        Russia's invasion, which began on 24 February, has driven more than a million people abroad.
        On the 10th day of the invasion, Russian forces shelled the port city again.
        """;
    AnnotatedDocument d = annotate(text, LocalDate.of(2022, 3, 7));
    assertDay(at(extractor.extract(d), d.text(), "the 10th day", "10th"), LocalDate.of(2022, 3, 5));
  }

  @Test
  void allCapsWireCopyKeepsItsDatesAndItsWords() throws Exception {
    AnnotatedDocument d =
        annotate(
            "ON SUNDAY, SHELLING KILLED TWO CIVILIANS IN THE PORT CITY, OFFICIALS SAID ON 11 MARCH.",
            TUESDAY);
    List<TimeExpression> found = extractor.extract(d);
    assertThat(found)
        .extracting(t -> t.mention().text(), TimeExpression::start)
        .contains(
            org.assertj.core.api.Assertions.tuple("SUNDAY", LocalDate.of(2024, 3, 10)),
            org.assertj.core.api.Assertions.tuple("11 MARCH", LocalDate.of(2024, 3, 11)));
  }
}
