package org.sitrep.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Temporal expressions normalised against the publication date: "today", "tonight", "yesterday",
 * weekdays ("on Sunday": the last one for past events, the next one for planned), "last week",
 * "this month", "5 March", "March 5, 2022", "Oct. 30, 2015", "4th of April", "April 13-14", "March
 * 2022", "in early August", "late 2016", "the 1970s", ISO dates, day-first numeric dates
 * ("28.04.2017") and slashed dates whose order is unambiguous ("3/30/18"), times counted back
 * ("three days ago", "a few weeks ago", "decades ago"), and "the 10th day of the conflict" (counted
 * from a start date the article states, else taken as the publication day). Without a publication
 * date only absolute dates are normalised. A weekday that is part of a name ("Bloody Sunday",
 * "Super Tuesday", "the Good Friday agreement") dates nothing.
 */
public final class DateExtractor {
  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
  private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /** "28.04.2017": day, month, year, as written outside the United States. */
  private static final Pattern DOTTED =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d|\\.\\d)");

  /** "3/30/18", "30/3/2018": read only when one number can only be the day. */
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])(?!\\.\\d)");

  /** "April 13-14", "May 1–3": a run of days in one month. */
  private static final Pattern MONTH_DAYS =
      Pattern.compile(
          "\\b("
              + "January|February|March|April|May|June|July|August|September|October|November|December"
              + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
              + ")\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?");

  /** "March 2022" with no preposition before it. */
  private static final Pattern BARE_MONTH_YEAR =
      Pattern.compile(
          "\\b(?:(early|late|mid-)\\s*)?("
              + "January|February|March|April|May|June|July|August|September|October|November|December"
              + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
              + ")\\s+((?:19|20)\\d{2})\\b");

  /** "late 2016", "in early 2012", "mid-2016": a third of a year. */
  private static final Pattern PART_OF_YEAR =
      Pattern.compile("\\b(early|late|mid-)\\s*((?:19|20)\\d{2})\\b(?!-)");

  /** "the 1970s": a decade. */
  private static final Pattern DECADE = Pattern.compile("\\bthe\\s+((?:19|20)\\d)0s\\b");

  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "\\b(?:in|since|during|by|of|until|from)\\s+(?:early\\s+|late\\s+|mid-)?("
              + MONTHS
              + ")(?:\\s+(\\d{4}))?\\b");
  private static final Pattern YEAR =
      Pattern.compile("\\b(?:in|since|during|by|of|until|from)\\s+((?:19|20)\\d{2})\\b(?!-)");
  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          "(?i)\\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|last night"
              + "|tomorrow|overnight|on \\w+day night)\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(last|next|this|on|for|by|until|since)\\s+)?("
              + WEEKDAYS
              + ")(?:['’]s)?\\b(?:\\s+(morning|afternoon|evening|night))?");
  private static final Pattern RELATIVE_PERIOD =
      Pattern.compile(
          "(?i)\\b(last|this|next|past|earlier this|later this)\\s+(week|weekend|month|year)\\b");

  /**
   * "three days ago", "a week ago", "a few weeks ago", "two years ago", "decades ago": a time
   * counted back from publication.
   */
  private static final Pattern AGO =
      Pattern.compile(
          "(?i)\\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}"
              + "|a couple of|a few|several|some)\\s+)?(day|week|month|year|decade)(s?)\\s+ago\\b");

  /** "over the weekend", "at the weekend": the latest weekend up to publication. */
  private static final Pattern THE_WEEKEND =
      Pattern.compile("(?i)\\b(?:over|at|during|on)\\s+(the\\s+weekend)\\b");

  private static final Pattern NTH_DAY =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(\\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
              + "|tenth|eleventh|twelfth|(?:\\w+teenth)|(?:\\w+tieth))(?:st|nd|rd|th)?\\s+day\\s+of\\s+"
              + "(?:the\\s+)?(?:\\w+\\s+){0,2}(war|conflict|invasion|offensive|fighting|siege|war's|protests?|strike|operation)");
  private static final Pattern CONFLICT_START =
      Pattern.compile(
          "(?i)(?:war|conflict|invasion|offensive|fighting|siege|operation),?\\s+(?:(?:which|that)\\s+)?"
              + "(?:began|started|was launched|erupted|broke out)\\s+(?:on\\s+)?");
  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i)\\b(will|would|shall|to be held|scheduled|planned|due|set to|expected|"
              + "declared for|next|upcoming|plans? to|is to|are to)\\b");

  public List<TimeExpression> extract(AnnotatedDocument doc) {
    String original = doc.text();
    String text = wordCase(original);
    LocalDate published = doc.document().published();
    List<TimeExpression> out = new ArrayList<>();
    LocalDate conflictStart = conflictStart(text, published);
    absolute(text, published, out);
    if (published != null) {
      relativeDays(text, published, out);
      weekdays(doc, text, published, out);
      relativePeriods(text, published, out);
      countedBack(text, published, out);
      theWeekend(text, published, out);
      nthDays(text, published, conflictStart, out);
    }
    out.removeIf(t -> !writable(t.start()) || !writable(t.end()));
    out.sort((a, b) -> a.span().compareTo(b.span()));
    List<TimeExpression> kept = dropOverlaps(out);
    if (text == original) {
      return kept;
    }
    List<TimeExpression> quoted = new ArrayList<>();
    for (TimeExpression t : kept) { // the words as the article wrote them
      quoted.add(
          new TimeExpression(Mention.of(t.span(), original), t.start(), t.end(), t.precision()));
    }
    return quoted;
  }

  /**
   * The text to match dates in: itself, or, when most of its letters are capitals (all-caps wire
   * copy: "ON MONDAY", "18 NOVEMBER"), a copy with every word capitalised like a name ("On Monday",
   * "18 November"), letter for letter, so that offsets stay those of the text.
   */
  static String wordCase(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    if (upper <= lower) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(inWord ? Character.toLowerCase(c) : c);
      inWord = Character.isLetter(c);
    }
    return b.toString();
  }

  private static final LocalDate FIRST_WRITABLE = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_WRITABLE = LocalDate.of(9999, 12, 31);

  /**
   * Whether the contract's ISO form, {@code YYYY-MM-DD}, can hold the day: a range reckoned from
   * the text ("day 4,000,000 of the war") may not leave years 1 to 9999.
   */
  static boolean writable(LocalDate d) {
    return d == null || !d.isBefore(FIRST_WRITABLE) && !d.isAfter(LAST_WRITABLE);
  }

  private static void absolute(String text, LocalDate published, List<TimeExpression> out) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      LocalDate d =
          date(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (d != null) {
        out.add(day(text, m.start(), m.end(), d));
      }
    }
    numeric(text, out);
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      addDayMonth(text, published, m.start(), m.end(), m.group(1), m.group(2), m.group(3), out);
    }
    m = MONTH_DAYS.matcher(text);
    while (m.find()) {
      addDayRun(text, published, m, out);
    }
    m = BARE_MONTH_YEAR.matcher(text);
    while (m.find()) {
      Month month = month(m.group(2));
      if (month != null) {
        int year = Integer.parseInt(m.group(3));
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        out.add(
            expr(
                text,
                m.start(),
                m.end(),
                partStart(m.group(1), first, last),
                partEnd(m.group(1), first, last),
                DatePrecision.MONTH));
      }
    }
    m = PART_OF_YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(2));
      LocalDate first = LocalDate.of(year, 1, 1);
      LocalDate last = LocalDate.of(year, 12, 31);
      out.add(
          expr(
              text,
              m.start(),
              m.end(),
              partStart(m.group(1), first, last),
              partEnd(m.group(1), first, last),
              DatePrecision.YEAR));
    }
    m = DECADE.matcher(text);
    while (m.find()) {
      int decade = Integer.parseInt(m.group(1)) * 10;
      out.add(
          expr(
              text,
              m.start(),
              m.end(),
              LocalDate.of(decade, 1, 1),
              LocalDate.of(decade + 9, 12, 31),
              DatePrecision.YEAR));
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      addDayMonth(text, published, m.start(), m.end(), m.group(2), m.group(1), m.group(3), out);
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      Month month = month(m.group(1));
      Integer year =
          m.group(2) != null ? Integer.valueOf(m.group(2)) : inferYear(published, month, 1);
      if (month != null && year != null) {
        LocalDate first = LocalDate.of(year, month, 1);
        int s = m.start(1);
        out.add(
            expr(
                text,
                s,
                m.end(),
                first,
                first.with(TemporalAdjusters.lastDayOfMonth()),
                DatePrecision.MONTH));
      }
    }
    m = YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      out.add(
          expr(
              text,
              m.start(1),
              m.end(1),
              LocalDate.of(year, 1, 1),
              LocalDate.of(year, 12, 31),
              DatePrecision.YEAR));
    }
  }

  /** Day-first dotted dates, and slashed dates whose day cannot be a month. */
  private static void numeric(String text, List<TimeExpression> out) {
    Matcher m = DOTTED.matcher(text);
    while (m.find()) {
      LocalDate d =
          date(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
      if (d != null) {
        out.add(day(text, m.start(), m.end(), d));
      }
    }
    m = SLASHED.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      if (m.group(3).length() == 2) {
        y += y < 70 ? 2000 : 1900;
      }
      LocalDate d = a > 12 && b <= 12 ? date(y, b, a) : b > 12 && a <= 12 ? date(y, a, b) : null;
      if (d != null) {
        out.add(day(text, m.start(), m.end(), d));
      }
    }
  }

  /** "April 13-14": the first to the last day, a week's precision when it spans more than one. */
  private static void addDayRun(
      String text, LocalDate published, Matcher m, List<TimeExpression> out) {
    Month month = month(m.group(1));
    if (month == null) {
      return;
    }
    int a = Integer.parseInt(m.group(2));
    int b = Integer.parseInt(m.group(3));
    Integer year =
        m.group(4) != null ? Integer.valueOf(m.group(4)) : inferYear(published, month, a);
    if (year == null || b < a) {
      return;
    }
    LocalDate from = date(year, month.getValue(), a);
    LocalDate to = date(year, month.getValue(), b);
    if (from != null && to != null) {
      DatePrecision p =
          a == b ? DatePrecision.DAY : b - a < 7 ? DatePrecision.WEEK : DatePrecision.MONTH;
      out.add(expr(text, m.start(), m.end(), from, to, p));
    }
  }

  /** The first day of the early, middle or late third of a period, or its first day. */
  private static LocalDate partStart(String part, LocalDate first, LocalDate last) {
    if (part == null || part.startsWith("early")) {
      return first;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    return first.plusDays(part.startsWith("mid") ? days / 3 : 2 * days / 3);
  }

  /** The last day of the early, middle or late third of a period, or its last day. */
  private static LocalDate partEnd(String part, LocalDate first, LocalDate last) {
    if (part == null || part.startsWith("late")) {
      return last;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    return first.plusDays((part.startsWith("mid") ? 2 * days / 3 : days / 3) - 1);
  }

  private static void addDayMonth(
      String text,
      LocalDate published,
      int start,
      int end,
      String dayText,
      String monthText,
      String yearText,
      List<TimeExpression> out) {
    Month month = month(monthText);
    if (month == null) {
      return;
    }
    int dayOfMonth = Integer.parseInt(dayText);
    Integer year =
        yearText != null ? Integer.valueOf(yearText) : inferYear(published, month, dayOfMonth);
    if (year == null) {
      return;
    }
    LocalDate d = date(year, month.getValue(), dayOfMonth);
    if (d != null) {
      out.add(day(text, start, end, d));
    }
  }

  /** The year that puts month/day nearest before the publication date (or up to 2 months after). */
  private static Integer inferYear(LocalDate published, Month month, int dayOfMonth) {
    if (published == null || month == null) {
      return null;
    }
    int year = published.getYear();
    LocalDate candidate = date(year, month.getValue(), Math.min(dayOfMonth, 28));
    if (candidate != null && candidate.isAfter(published.plusMonths(2))) {
      return year - 1;
    }
    return year;
  }

  private static void relativeDays(String text, LocalDate published, List<TimeExpression> out) {
    Matcher m = RELATIVE_DAY.matcher(text);
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      if (w.startsWith("on ")) {
        continue; // "on Monday night" is a weekday, handled there
      }
      LocalDate d =
          switch (w) {
            case "yesterday", "last night" -> published.minusDays(1);
            case "tomorrow" -> published.plusDays(1);
            default -> published;
          };
      out.add(day(text, m.start(), m.end(), d));
    }
  }

  private static void weekdays(
      AnnotatedDocument doc, String text, LocalDate published, List<TimeExpression> out) {
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      String cue = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      boolean possessive =
          text.regionMatches(true, m.end(2), "'s", 0, 2)
              || text.regionMatches(true, m.end(2), "’s", 0, 2);
      if (followedByDate(text, m.end())) {
        continue; // "Tuesday, March 8": the date itself is read
      }
      if (cue.isEmpty() && partOfName(doc, text, m.start(2))) {
        continue; // "Bloody Sunday", "Super Tuesday": the name of a day, not a day
      }
      boolean future =
          cue.equals("next")
              || cue.equals("for")
              || cue.equals("by")
              || cue.equals("until")
              || possessive && !pastSentence(doc, m.start())
              || !cue.equals("last")
                  && !cue.equals("since")
                  && futureSentence(doc, text, m.start());
      LocalDate d;
      if (cue.equals("this") && !future) {
        d = published.with(TemporalAdjusters.previousOrSame(dow));
      } else if (future) {
        d = published.with(TemporalAdjusters.nextOrSame(dow));
        if (cue.equals("next") && d.equals(published)) {
          d = d.plusWeeks(1);
        }
      } else {
        d = published.with(TemporalAdjusters.previousOrSame(dow));
      }
      int start = cue.isEmpty() || cue.equals("on") ? m.start(2) : m.start();
      int end = possessive ? m.end(2) : m.end();
      out.add(day(text, cue.equals("on") ? m.start() : start, end, d));
    }
  }

  /**
   * Whether the weekday at {@code start} ends a name: the word before it, in the same sentence, is
   * written in title case, is no cue ("On", "Last") and is not a name the tagger labelled (a place
   * or person before a date: "struck Kyiv Sunday", "Biden Sunday"). All-caps text has no title case
   * and is never read so.
   */
  private static boolean partOfName(AnnotatedDocument doc, String text, int start) {
    Sentence s = sentenceAt(doc, start);
    if (s == null) {
      return false;
    }
    org.sitrep.model.Token before = null;
    for (org.sitrep.model.Token t : s.tokens()) {
      if (t.end() <= start) {
        before = t;
      }
    }
    if (before == null || !text.substring(before.end(), start).isBlank()) {
      return false;
    }
    String w = before.word();
    boolean titleCase =
        w.length() > 1
            && Character.isUpperCase(w.charAt(0))
            && w.substring(1).chars().allMatch(Character::isLowerCase);
    if (!titleCase || NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String ner = before.ner() == null ? "O" : before.ner();
    return ner.equals("O") || ner.equals("MISC") || ner.equals("DATE");
  }

  /** Capitalised words before a weekday that make it a date, not a name. */
  private static final java.util.Set<String> NOT_NAME_WORDS =
      java.util.Set.of(
          "on", "last", "next", "this", "by", "until", "since", "from", "for", "early", "late",
          "before", "after", "that", "each", "every", "and", "or", "but", "then");

  private static boolean followedByDate(String text, int end) {
    String rest = text.substring(end, Math.min(text.length(), end + 16));
    return rest.matches("(?s),?\\s+(?:\\d{1,2}\\s+)?(?:" + MONTHS + ").*");
  }

  private static void theWeekend(String text, LocalDate published, List<TimeExpression> out) {
    Matcher m = THE_WEEKEND.matcher(text);
    while (m.find()) {
      LocalDate sunday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
      LocalDate saturday = sunday.minusDays(1);
      if (published.getDayOfWeek() == DayOfWeek.SATURDAY) {
        saturday = published; // published on the Saturday: this weekend, so far
        sunday = published;
      }
      out.add(expr(text, m.start(1), m.end(), saturday, sunday, DatePrecision.WEEK));
    }
  }

  private static void relativePeriods(String text, LocalDate published, List<TimeExpression> out) {
    Matcher m = RELATIVE_PERIOD.matcher(text);
    while (m.find()) {
      String which = m.group(1).toLowerCase(Locale.ROOT);
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      int shift = which.equals("last") || which.equals("past") ? -1 : which.equals("next") ? 1 : 0;
      LocalDate start;
      LocalDate end;
      DatePrecision p;
      switch (unit) {
        case "week", "weekend" -> {
          LocalDate monday =
              published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
          start = unit.equals("weekend") ? monday.plusDays(5) : monday;
          end = unit.equals("weekend") ? monday.plusDays(6) : monday.plusDays(6);
          p = DatePrecision.WEEK;
        }
        case "month" -> {
          start = published.withDayOfMonth(1).plusMonths(shift);
          end = start.with(TemporalAdjusters.lastDayOfMonth());
          p = DatePrecision.MONTH;
        }
        default -> {
          start = LocalDate.of(published.getYear() + shift, 1, 1);
          end = LocalDate.of(published.getYear() + shift, 12, 31);
          p = DatePrecision.YEAR;
        }
      }
      if (which.equals("past") && unit.equals("week")) {
        start = published.minusDays(7);
        end = published;
      }
      out.add(expr(text, m.start(), m.end(), start, end, p));
    }
  }

  private static void countedBack(String text, LocalDate published, List<TimeExpression> out) {
    Matcher m = AGO.matcher(text);
    while (m.find()) {
      String count = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      boolean plural = !m.group(3).isEmpty();
      Integer n =
          count.isEmpty()
              ? null
              : count.equals("a couple of") ? Integer.valueOf(2) : cardinal(count);
      if (n == null && !plural || n != null && n == 0) {
        continue; // "day ago" alone is no expression
      }
      // an exact count gives its unit; a vague one ("a few weeks", "years ago") a span of them,
      // from two units back to six (decades: to forty years)
      int lo = n != null ? n : 2;
      int hi = n != null ? n : unit.equals("decade") ? 4 : 6;
      LocalDate start;
      LocalDate end;
      DatePrecision p;
      switch (unit) {
        case "day" -> {
          start = published.minusDays(hi);
          end = published.minusDays(lo);
          p = n != null ? DatePrecision.DAY : DatePrecision.WEEK;
        }
        case "week" -> {
          start = published.minusWeeks(hi).minusDays(n != null ? 3 : 0);
          end = published.minusWeeks(lo).plusDays(n != null ? 3 : 0);
          p = n != null ? DatePrecision.WEEK : DatePrecision.MONTH;
        }
        case "month" -> {
          start = published.minusMonths(hi).withDayOfMonth(1);
          end = published.minusMonths(lo).with(TemporalAdjusters.lastDayOfMonth());
          p = n != null ? DatePrecision.MONTH : DatePrecision.YEAR;
        }
        case "year" -> {
          start = LocalDate.of(published.getYear() - hi, 1, 1);
          end = LocalDate.of(published.getYear() - lo, 12, 31);
          p = DatePrecision.YEAR;
        }
        default -> {
          start = LocalDate.of(published.getYear() - 10 * hi - 5, 1, 1);
          end = LocalDate.of(published.getYear() - 10 * lo + 4, 12, 31);
          p = DatePrecision.YEAR;
        }
      }
      out.add(expr(text, m.start(), m.end(), start, end.isAfter(published) ? published : end, p));
    }
  }

  /** A small cardinal in words or digits ("a", "three", "12"); null for a vague amount. */
  private static Integer cardinal(String w) {
    if (w.matches("\\d{1,3}")) {
      return Integer.valueOf(w);
    }
    int i =
        List.of(
                "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")
            .indexOf(w);
    return i < 0 ? null : i == 0 ? 1 : i;
  }

  private static void nthDays(
      String text, LocalDate published, LocalDate conflictStart, List<TimeExpression> out) {
    Matcher m = NTH_DAY.matcher(text);
    while (m.find()) {
      Integer n = ordinal(m.group(1));
      if (n == null || n < 1) {
        continue;
      }
      LocalDate d = conflictStart != null ? conflictStart.plusDays(n - 1L) : published;
      out.add(day(text, m.start(), m.end(), d));
    }
  }

  /** A start date the article states: "the invasion began on 24 February". */
  private static LocalDate conflictStart(String text, LocalDate published) {
    Matcher m = CONFLICT_START.matcher(text);
    while (m.find()) {
      String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
      Matcher a = DAY_MONTH.matcher(rest);
      Matcher b = MONTH_DAY.matcher(rest);
      if (a.lookingAt()) {
        Month month = month(a.group(2));
        Integer year =
            a.group(3) != null ? Integer.valueOf(a.group(3)) : inferYear(published, month, 1);
        if (month != null && year != null) {
          return date(year, month.getValue(), Integer.parseInt(a.group(1)));
        }
      } else if (b.lookingAt()) {
        Month month = month(b.group(1));
        Integer year =
            b.group(3) != null ? Integer.valueOf(b.group(3)) : inferYear(published, month, 1);
        if (month != null && year != null) {
          return date(year, month.getValue(), Integer.parseInt(b.group(2)));
        }
      }
    }
    return null;
  }

  private static boolean futureSentence(AnnotatedDocument doc, String text, int offset) {
    Sentence s = sentenceAt(doc, offset);
    if (s == null) {
      return false;
    }
    String before = text.substring(s.span().start(), offset);
    return FUTURE.matcher(before).find();
  }

  private static boolean pastSentence(AnnotatedDocument doc, int offset) {
    Sentence s = sentenceAt(doc, offset);
    return s != null
        && s.tokens().stream().anyMatch(t -> t.pos().equals("VBD") && t.start() < offset);
  }

  private static Sentence sentenceAt(AnnotatedDocument doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }

  private static List<TimeExpression> dropOverlaps(List<TimeExpression> sorted) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).span().overlaps(t.span())) {
        TimeExpression prev = out.get(out.size() - 1);
        if (t.span().length() > prev.span().length()) {
          out.set(out.size() - 1, t);
        }
        continue;
      }
      out.add(t);
    }
    return out;
  }

  private static TimeExpression day(String text, int start, int end, LocalDate d) {
    return expr(text, start, end, d, d, DatePrecision.DAY);
  }

  private static TimeExpression expr(
      String text, int start, int end, LocalDate from, LocalDate to, DatePrecision p) {
    return new TimeExpression(Mention.of(new Span(start, end), text), from, to, p);
  }

  private static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  static Month month(String name) {
    String n = name.replace(".", "").toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
        return m;
      }
    }
    return null;
  }

  private static final List<String> ORDINALS =
      List.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth",
          "sixteenth",
          "seventeenth",
          "eighteenth",
          "nineteenth",
          "twentieth");

  static Integer ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.chars().allMatch(Character::isDigit)) {
      // "the 99999999999th day": more days than an int holds is no day of any war
      return w.length() > 9 ? null : Integer.valueOf(w);
    }
    int i = ORDINALS.indexOf(w);
    return i < 0 ? null : i + 1;
  }
}
