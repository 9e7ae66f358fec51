package org.sitrep.extract.counts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a number of people from words: digits ("1,200", "1200", "1.3 million"), number words
 * ("four", "twenty-one", "a dozen", "two hundred"), and vague quantities that only give a range
 * ("dozens", "hundreds", "thousands", "scores"), with the qualifiers around them ("at least", "more
 * than", "up to", "about", "just").
 */
public final class NumberWords {
  private NumberWords() {}

  /**
   * A number read from words {@code [first, end)}.
   *
   * @param value the number, or null when the words give only a range
   */
  public record Quantity(Long value, long min, long max, boolean approximate, int first, int end) {}

  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0L),
          Map.entry("no", 0L),
          Map.entry("one", 1L),
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("thirteen", 13L),
          Map.entry("fourteen", 14L),
          Map.entry("fifteen", 15L),
          Map.entry("sixteen", 16L),
          Map.entry("seventeen", 17L),
          Map.entry("eighteen", 18L),
          Map.entry("nineteen", 19L),
          Map.entry("twenty", 20L),
          Map.entry("thirty", 30L),
          Map.entry("forty", 40L),
          Map.entry("fifty", 50L),
          Map.entry("sixty", 60L),
          Map.entry("seventy", 70L),
          Map.entry("eighty", 80L),
          Map.entry("ninety", 90L),
          Map.entry("dozen", 12L),
          Map.entry("a", 1L),
          Map.entry("an", 1L),
          Map.entry("single", 1L),
          Map.entry("couple", 2L),
          Map.entry("both", 2L));

  private static final Map<String, Long> MULTIPLIERS =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  /** Vague plurals: the range they imply (contract: thousands = 2,000–9,999). */
  private static final Map<String, long[]> VAGUE =
      Map.of(
          "dozens", new long[] {24, 99},
          "scores", new long[] {40, 99},
          "hundreds", new long[] {200, 999},
          "thousands", new long[] {2_000, 9_999},
          "tens", new long[] {20, 99},
          "millions", new long[] {2_000_000, 9_999_999},
          "several", new long[] {3, 9},
          "many", new long[] {10, 99},
          "some", new long[] {2, 99},
          "few", new long[] {2, 5});

  /** Reads a number starting exactly at word {@code i} (qualifiers included), or null. */
  public static Quantity read(List<String> words, int i) {
    int start = i;
    int n = words.size();
    String qualifier = null;
    // qualifiers
    String w0 = lower(words, i);
    String w1 = lower(words, i + 1);
    if (("at".equals(w0) && ("least".equals(w1) || "most".equals(w1)))
        || ("more".equals(w0) && "than".equals(w1))
        || ("over".equals(w0) && false)
        || ("up".equals(w0) && "to".equals(w1))
        || ("fewer".equals(w0) && "than".equals(w1))
        || ("less".equals(w0) && "than".equals(w1))) {
      qualifier = w0 + " " + w1;
      i += 2;
    } else if (w0 != null
        && (w0.equals("about")
            || w0.equals("around")
            || w0.equals("nearly")
            || w0.equals("almost")
            || w0.equals("some") && isNumberStart(words, i + 1)
            || w0.equals("approximately")
            || w0.equals("roughly")
            || w0.equals("over")
            || w0.equals("just")
            || w0.equals("only")
            || w0.equals("estimated")
            || w0.equals("another")
            || w0.equals("ⅼeast"))) {
      if (isNumberStart(words, i + 1)) {
        qualifier = w0;
        i += 1;
      }
    }
    String w = lower(words, i);
    if (w == null) {
      return null;
    }
    // vague quantities
    long[] range = VAGUE.get(w);
    if (range != null && qualifier == null) {
      if (w.equals("some") || w.equals("many") || w.equals("few") || w.equals("several")) {
        return new Quantity(null, range[0], range[1], true, start, i + 1);
      }
      return new Quantity(null, range[0], range[1], true, start, i + 1);
    }
    if (range != null) {
      return new Quantity(null, range[0], range[1], true, start, i + 1);
    }
    Long value = null;
    int end = i;
    Double digits = digits(w);
    if (digits != null) {
      end = i + 1;
      String next = lower(words, end);
      if (next != null && MULTIPLIERS.containsKey(next)) {
        digits *= MULTIPLIERS.get(next);
        end++;
      }
      value = Math.round(digits);
    } else {
      long total = 0;
      long current = 0;
      boolean any = false;
      int j = i;
      while (j < n) {
        String t = lower(words, j);
        if (t == null) {
          break;
        }
        if (t.contains("-") && !t.startsWith("-")) {
          // twenty-one
          String[] parts = t.split("-");
          if (parts.length == 2
              && UNITS.containsKey(parts[0])
              && UNITS.containsKey(parts[1])
              && UNITS.get(parts[0]) >= 20
              && UNITS.get(parts[1]) < 10) {
            current += UNITS.get(parts[0]) + UNITS.get(parts[1]);
            any = true;
            j++;
            continue;
          }
          break;
        }
        if ((t.equals("a") || t.equals("an")) && any) {
          break;
        }
        String dash = lower(words, j + 1);
        String unit = lower(words, j + 2);
        if (UNITS.containsKey(t)
            && UNITS.get(t) >= 20
            && UNITS.get(t) < 100
            && ("-".equals(dash) || "–".equals(dash))
            && unit != null
            && UNITS.containsKey(unit)
            && UNITS.get(unit) > 0
            && UNITS.get(unit) < 10) {
          // "thirty - six": the tokenizer splits a hyphenated number word
          current += UNITS.get(t) + UNITS.get(unit);
          any = true;
          j += 3;
          continue;
        }
        if (t.equals("no") || t.equals("both")) {
          if (any) {
            break;
          }
          if (t.equals("no") && "one".equals(lower(words, j + 1))) {
            // "no one was killed": a negated figure is nought, never one
            any = true;
            j += 2;
            break;
          }
        }
        if (UNITS.containsKey(t)) {
          if ((t.equals("a") || t.equals("an") || t.equals("single")) && j + 1 < n) {
            String after = lower(words, j + 1);
            if (after == null
                || !(after.equals("dozen")
                    || MULTIPLIERS.containsKey(after)
                    || after.equals("couple")
                    || after.equals("single"))) {
              // "a" alone is a number only before dozen/hundred/thousand/couple
              if (!any) {
                return null;
              }
              break;
            }
            j++;
            continue;
          }
          long u = UNITS.get(t);
          if (t.equals("dozen")) {
            current = (current == 0 ? 1 : current) * 12;
          } else if (t.equals("couple")) {
            current += 2;
            if ("of".equals(lower(words, j + 1))) {
              j++;
            }
          } else {
            current += u;
          }
          any = true;
          j++;
        } else if (MULTIPLIERS.containsKey(t) && any) {
          long m = MULTIPLIERS.get(t);
          if (m == 100) {
            current *= 100;
          } else {
            total += current * m;
            current = 0;
          }
          j++;
        } else if (t.equals("and")
            && any
            && j + 1 < n
            && UNITS.containsKey(lower(words, j + 1))
            && !lower(words, j + 1).equals("a")
            && !lower(words, j + 1).equals("an")
            && total + current >= 100) {
          j++;
        } else {
          break;
        }
      }
      if (!any) {
        return null;
      }
      value = total + current;
      end = j;
      if ("of".equals(lower(words, end)) && "dozen".equals(lower(words, end - 1))) {
        end++;
      }
    }
    long min = value;
    long max = value;
    boolean approximate = false;
    if (qualifier != null) {
      switch (qualifier) {
        case "at least", "more than", "over" -> {
          approximate = true;
          max = Long.MAX_VALUE;
          if (!qualifier.equals("at least")) {
            min = value + 1;
          }
        }
        case "up to", "at most", "fewer than", "less than" -> {
          approximate = true;
          min = 0;
          if (!qualifier.equals("up to") && !qualifier.equals("at most")) {
            max = value - 1;
          }
        }
        case "about",
            "around",
            "nearly",
            "almost",
            "some",
            "approximately",
            "roughly",
            "estimated" ->
            approximate = true;
        default -> {}
      }
    }
    return new Quantity(value, min, max, approximate, start, end);
  }

  private static boolean isNumberStart(List<String> words, int i) {
    String w = lower(words, i);
    if (w == null) {
      return false;
    }
    return digits(w) != null
        || (UNITS.containsKey(w) && !w.equals("no"))
        || VAGUE.containsKey(w)
        || w.indexOf('-') > 0 && UNITS.containsKey(w.substring(0, w.indexOf('-')));
  }

  /** "1,200" → 1200, "1200", "1.3" → 1.3; anything else null. */
  static Double digits(String w) {
    if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
      return null;
    }
    String s = w.replace(",", "");
    if (!s.matches("\\d+(\\.\\d+)?")) {
      return null;
    }
    // a year is not a count
    return Double.parseDouble(s);
  }

  private static String lower(List<String> words, int i) {
    return i >= 0 && i < words.size() ? words.get(i).toLowerCase(Locale.ROOT) : null;
  }
}
