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

  /** Every form of calendar date the evaluation sets' articles use, in sentences written here. */
  private static final String FORMS =
      """
      The depot in Tarnow was hit at 6:15 a.m. on April 19, 1995, a court heard.
      Prosecutors said the order was signed on Oct. 30, 2015 and revoked on Sept. 4 2016.
      Flooding began on 17 January 2018, the agency said in a statement dated 28.04.2017.
      A photograph stamped 3/30/18 showed the bridge intact.
      The convoy was stopped on the 4th of April and again on March 15th.
      Monitors counted shelling on April 13-14 near the border.
      Aid deliveries resumed in early August, after stalling in March 2019.
      Fighting flared in late 2016 and again in mid-2017.
      The border had been closed since the 1970s.
      Marchers remembered Bloody Sunday, when soldiers fired on a crowd, and Super Tuesday votes were counted.
      Police in Zurich Sunday arrested two men.
      """;

  @Test
  void everyCalendarFormOfTheEvalSetsIsNormalised() throws InputException {
    AnnotatedDocument d = annotate(FORMS, LocalDate.of(2019, 6, 4));
    List<TimeExpression> found = extractor.extract(d);
    String t = d.text();
    TimeExpression okc = at(found, t, "at 6:15", "April 19, 1995");
    assertThat(okc.mention().text()).isEqualTo("April 19, 1995");
    assertDay(okc, LocalDate.of(1995, 4, 19));
    assertDay(at(found, t, "signed on", "Oct. 30, 2015"), LocalDate.of(2015, 10, 30));
    assertDay(at(found, t, "revoked on", "Sept. 4 2016"), LocalDate.of(2016, 9, 4));
    assertDay(at(found, t, "began on", "17 January 2018"), LocalDate.of(2018, 1, 17));
    assertDay(at(found, t, "dated", "28.04.2017"), LocalDate.of(2017, 4, 28));
    assertDay(at(found, t, "stamped", "3/30/18"), LocalDate.of(2018, 3, 30));
    assertDay(at(found, t, "the 4th of", "4th"), LocalDate.of(2019, 4, 4));
    assertDay(at(found, t, "again on", "March 15th"), LocalDate.of(2019, 3, 15));
    TimeExpression run = at(found, t, "shelling on", "April 13-14");
    assertThat(run.mention().text()).isEqualTo("April 13-14");
    assertThat(run.start()).isEqualTo(LocalDate.of(2019, 4, 13));
    assertThat(run.end()).isEqualTo(LocalDate.of(2019, 4, 14));
    TimeExpression early = at(found, t, "in early", "August");
    assertThat(early.start().getMonthValue()).isEqualTo(8);
    assertThat(early.precision()).isEqualTo(DatePrecision.MONTH);
    TimeExpression month = at(found, t, "stalling in", "March 2019");
    assertThat(month.start()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(month.end()).isEqualTo(LocalDate.of(2019, 3, 31));
    TimeExpression late = at(found, t, "in late", "2016");
    assertThat(late.start()).isAfter(LocalDate.of(2016, 6, 30));
    assertThat(late.end()).isEqualTo(LocalDate.of(2016, 12, 31));
    TimeExpression mid = at(found, t, "again in mid", "2017");
    assertThat(mid.start()).isAfter(LocalDate.of(2017, 3, 31));
    assertThat(mid.end()).isBefore(LocalDate.of(2017, 9, 30));
    TimeExpression decade = at(found, t, "since the", "1970s");
    assertThat(decade.start()).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(decade.end()).isEqualTo(LocalDate.of(1979, 12, 31));
  }

  @Test
  void aWeekdayThatEndsANameDatesNothing() throws InputException {
    AnnotatedDocument d = annotate(FORMS, LocalDate.of(2019, 6, 4));
    List<TimeExpression> found = extractor.extract(d);
    String t = d.text();
    int bloody = t.indexOf("Bloody Sunday");
    int superTuesday = t.indexOf("Super Tuesday");
    assertThat(found).noneMatch(x -> x.span().contains(bloody + 7));
    assertThat(found).noneMatch(x -> x.span().contains(superTuesday + 6));
    // a place before the weekday is wire style for "on Sunday"
    assertDay(at(found, t, "Zurich", "Sunday"), LocalDate.of(2019, 6, 2));
  }
}
