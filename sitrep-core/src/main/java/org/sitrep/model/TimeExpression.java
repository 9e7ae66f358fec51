package org.sitrep.model;

import java.time.LocalDate;

/**
 * A temporal expression found in the text and normalised to a date range.
 *
 * @param mention where the expression is in the text ("on Sunday", "last week")
 * @param start first day of the range
 * @param end last day of the range (inclusive)
 * @param precision day, week, month or year
 */
public record TimeExpression(
    Mention mention, LocalDate start, LocalDate end, DatePrecision precision) {
  public Span span() {
    return mention.span();
  }

  public EventDate toEventDate() {
    return new EventDate(start, end, precision, mention.text());
  }
}
