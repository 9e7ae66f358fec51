package org.sitrep.clean;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the top of a plain-text article says about it: its headline and its dateline's date. */
final class Headline {
  private static final Pattern DATE =
      Pattern.compile(
          "(?i)\\b(?:(\\d{1,2})\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})|([a-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
              + "|(\\d{4})-(\\d{2})-(\\d{2}))\\b");

  private Headline() {}

  /** The first line, when it reads as a headline: short, and not ended like a sentence. */
  static Optional<String> of(String text) {
    int nl = text.indexOf('\n');
    if (nl <= 0) {
      return Optional.empty();
    }
    String first = text.substring(0, nl).strip();
    if (first.isEmpty()
        || first.split("\\s+").length > 25
        || ".!?:\"”".indexOf(first.charAt(first.length() - 1)) >= 0) {
      return Optional.empty();
    }
    return Optional.of(first);
  }

  /**
   * A full date (with its year) in the first few lines: "PORT SUDAN, 3 June 2024 -", "6 May 2025,
   * 14:20".
   */
  static Optional<LocalDate> dateline(String text) {
    String head = text.substring(0, Math.min(text.length(), 400));
    Matcher m = DATE.matcher(head);
    while (m.find()) {
      try {
        if (m.group(1) != null) {
          Month month = month(m.group(2));
          if (month != null) {
            return Optional.of(
                LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
          }
        } else if (m.group(4) != null) {
          Month month = month(m.group(4));
          if (month != null) {
            return Optional.of(
                LocalDate.of(Integer.parseInt(m.group(6)), month, Integer.parseInt(m.group(5))));
          }
        } else {
          return Optional.of(
              LocalDate.of(
                  Integer.parseInt(m.group(7)),
                  Integer.parseInt(m.group(8)),
                  Integer.parseInt(m.group(9))));
        }
      } catch (java.time.DateTimeException e) {
        // not a real date ("31 February"): keep looking
      }
    }
    return Optional.empty();
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.equals(n) || n.length() >= 3 && full.startsWith(n) && n.length() <= 4) {
        return m;
      }
    }
    return null;
  }
}
