package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Reads an article's publication date, as every front door gives it ({@code --published}, a JSON
 * Lines field, the API): an ISO day, {@code YYYY-MM-DD}, optionally followed by a time, between
 * {@link #EARLIEST} and {@link #LATEST}. Dates the analysis derives from it ("next week", "last
 * year") then stay within what the contract's ISO form can hold.
 */
public final class PublicationDates {
  /** The earliest publication date accepted. */
  public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

  /** The latest publication date accepted. */
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private PublicationDates() {}

  /**
   * The day {@code s} names.
   *
   * @throws IllegalArgumentException with a one-line reason naming the value, when it is not a real
   *     day in the accepted range
   */
  public static LocalDate parse(String s) {
    String v = s.strip();
    String day = v.length() >= 10 ? v.substring(0, 10) : v;
    boolean timeFollows =
        v.length() == 10 || v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ');
    LocalDate d;
    try {
      if (!timeFollows) {
        throw new DateTimeParseException("", v, 0);
      }
      d = LocalDate.parse(day, DAY);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (YYYY-MM-DD, a real day): " + shorten(v), e);
    }
    return check(d);
  }

  /** The date itself, when in range; else an {@link IllegalArgumentException} saying so. */
  public static LocalDate check(LocalDate d) {
    if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          "publication date " + d + " is out of range (" + EARLIEST + " to " + LATEST + ")");
    }
    return d;
  }

  private static String shorten(String v) {
    return v.length() <= 40 ? v : v.substring(0, 40) + "…";
  }
}
