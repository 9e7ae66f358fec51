package org.sitrep.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/**
 * Guesses whether a person is a man or a woman, so that "she said" is not given to a man: from an
 * honorific before a mention ("Ms. Gil"), a gendered role ("spokeswoman"), else the first name.
 * First names come from the name list that ships in the CoreNLP models jar ({@code
 * namegender.combine.txt}); a name it lists for both genders takes the one the counts of {@code
 * gender_filtered.txt} favour four to one, else is unknown. Without them on the classpath only
 * honorifics and roles count.
 */
final class Genders {
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  static final String NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  /** Word, then how often it was seen as male, female, neuter and plural. */
  static final String COUNTS = "/edu/stanford/nlp/models/quoteattribution/gender_filtered.txt";

  private static final Set<String> MALE_WORDS =
      Set.of(
          "mr",
          "mr.",
          "sir",
          "spokesman",
          "congressman",
          "chairman",
          "father",
          "son",
          "husband",
          "brother",
          "boyfriend",
          "uncle",
          "king",
          "prince",
          "businessman",
          "man",
          "boy",
          "grandfather",
          "nephew",
          "lord",
          "councilman",
          "sheikh");
  private static final Set<String> FEMALE_WORDS =
      Set.of(
          "ms",
          "ms.",
          "mrs",
          "mrs.",
          "miss",
          "madam",
          "dame",
          "lady",
          "spokeswoman",
          "congresswoman",
          "chairwoman",
          "mother",
          "daughter",
          "wife",
          "sister",
          "girlfriend",
          "aunt",
          "queen",
          "princess",
          "businesswoman",
          "woman",
          "girl",
          "grandmother",
          "niece",
          "councilwoman",
          "widow");

  private final Map<String, Gender> firstNames;

  private Genders(Map<String, Gender> firstNames) {
    this.firstNames = firstNames;
  }

  /** The name lists from the classpath, or honorifics and roles alone when they are absent. */
  static Genders load() {
    Map<String, Gender> names = new HashMap<>();
    for (String[] parts : rows(NAMES)) {
      if (parts.length == 2) {
        // a name the list gives both genders ("jan", "robin") is decided by the counts below
        names.merge(
            parts[0].toLowerCase(Locale.ROOT),
            parseGender(parts[1]),
            (a, b) -> a == b ? a : Gender.UNKNOWN);
      }
    }
    for (String[] parts : rows(COUNTS)) {
      if (parts.length >= 3 && names.get(parts[0]) == Gender.UNKNOWN) {
        names.put(parts[0], byCounts(parts[1], parts[2]));
      }
    }
    return new Genders(Map.copyOf(names));
  }

  /**
   * The gender that {@code male} and {@code female} counts show, when one is four times the other.
   */
  private static Gender byCounts(String male, String female) {
    try {
      long m = Long.parseLong(male);
      long f = Long.parseLong(female);
      if (m >= 4 * f && m > 0) {
        return Gender.MALE;
      }
      if (f >= 4 * m && f > 0) {
        return Gender.FEMALE;
      }
    } catch (NumberFormatException e) {
      // a row that is not counts says nothing
    }
    return Gender.UNKNOWN;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Genders.class.getResourceAsStream(resource)) {
      if (in != null) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          out.add(line.split("\\s+"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the first-name list " + resource, e);
    }
    return out;
  }

  private static Gender parseGender(String s) {
    return switch (s) {
      case "MALE" -> Gender.MALE;
      case "FEMALE" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** The person's gender as the text shows it. */
  Gender of(Entity person, String text) {
    for (Mention m : person.mentions()) {
      Gender g = wordBefore(text, m.start());
      if (g != Gender.UNKNOWN) {
        return g;
      }
    }
    if (person.role() != null) {
      for (String w : person.role().toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
        Gender g = word(w);
        if (g != Gender.UNKNOWN) {
          return g;
        }
      }
    }
    String first = person.name().split("[\\s.]+")[0].toLowerCase(Locale.ROOT);
    return firstNames.getOrDefault(first, Gender.UNKNOWN);
  }

  private static Gender wordBefore(String text, int start) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int from = end;
    while (from > 0
        && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
      from--;
    }
    return word(text.substring(from, end).toLowerCase(Locale.ROOT));
  }

  private static Gender word(String w) {
    if (MALE_WORDS.contains(w)) {
      return Gender.MALE;
    }
    if (FEMALE_WORDS.contains(w)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }

  /** The gender a pronoun asks for. */
  static Gender ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his" -> Gender.MALE;
      case "she", "her", "hers" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  static boolean compatible(Gender wanted, Gender actual) {
    return wanted == Gender.UNKNOWN || actual == Gender.UNKNOWN || wanted == actual;
  }
}
