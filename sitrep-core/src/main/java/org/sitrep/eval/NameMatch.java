package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answer keys' rule for speaker and actor names: a name matches an alias when one contains the
 * other as a run of whole words, ignoring case, a leading "the" or "Mr." and possessive 's.
 * Pronouns never match.
 *
 * <p>Words are runs of letters and digits; an abbreviation written with dots counts as one word
 * ("U.S." is "US"), other punctuation separates words ("al-Assad" is "al Assad"). A name made only
 * of pronouns ("he", "his", "they", "who", "I") matches nothing; an all-capital word of two or more
 * letters is not taken for a pronoun ("US", "IT").
 */
public final class NameMatch {
  private static final Pattern POSSESSIVE =
      Pattern.compile("(?<=[\\p{L}\\p{N}])['’ʼ]s(?![\\p{L}\\p{N}])");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.]+");
  private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?");
  private static final Set<String> LEADING = Set.of("the", "mr");
  private static final Set<String> PRONOUNS =
      Set.of(
          ("i me my mine myself we us our ours ourselves you your yours yourself yourselves he him"
                  + " his himself she her hers herself it its itself they them their theirs themselves"
                  + " one oneself who whom whose which that this these those what someone somebody"
                  + " something anyone anybody everyone everybody nobody another others some each both"
                  + " all")
              .split(" "));

  private NameMatch() {}

  /** Whether {@code name} matches any of {@code aliases}. */
  public static boolean matches(String name, Collection<String> aliases) {
    if (aliases == null) {
      return false;
    }
    List<String> words = words(name);
    if (words.isEmpty()) {
      return false;
    }
    for (String alias : aliases) {
      List<String> other = words(alias);
      if (!other.isEmpty() && (contains(words, other) || contains(other, words))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two names match: one contains the other as whole words. */
  public static boolean matches(String a, String b) {
    return b != null && matches(a, List.of(b));
  }

  /** Whether the name, past a leading "the"/"Mr.", is only pronouns (and so never matches). */
  public static boolean isPronoun(String name) {
    return onlyPronouns(stripLeading(rawWords(name)));
  }

  private static boolean onlyPronouns(List<String> raw) {
    if (raw.isEmpty()) {
      return false;
    }
    for (String w : raw) {
      boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
      if (acronym || !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words a name is compared by: lower case, possessive 's and a leading "the"/"Mr." dropped;
   * empty for a pronoun, a blank or a null name.
   */
  public static List<String> words(String name) {
    List<String> raw = stripLeading(rawWords(name));
    if (onlyPronouns(raw)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(raw.size());
    for (String w : raw) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }

  private static List<String> stripLeading(List<String> raw) {
    int i = 0;
    while (i < raw.size() && LEADING.contains(raw.get(i).toLowerCase(Locale.ROOT))) {
      i++;
    }
    return raw.subList(i, raw.size());
  }

  private static List<String> rawWords(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    String text = POSSESSIVE.matcher(name).replaceAll("");
    for (String piece : SEPARATORS.split(text)) {
      if (ABBREVIATION.matcher(piece).matches()) {
        out.add(piece.replace(".", ""));
        continue;
      }
      for (String w : piece.split("\\.+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static boolean contains(List<String> haystack, List<String> needle) {
    return needle.size() <= haystack.size() && Collections.indexOfSubList(haystack, needle) >= 0;
  }
}
