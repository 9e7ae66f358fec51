package org.sitrep.extract.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Count;
import org.sitrep.model.Token;
import org.sitrep.taxonomy.CountKind;

/**
 * Finds the numbers of people a sentence reports and what happened to them: "killing at least 12
 * people", "41 wounded", "the death toll rose to 30", "1.3 million refugees", "15,000 had hoped to
 * flee" (planned evacuees), "Just 400 managed to get out" (evacuated). Conjoined figures of one
 * kind add up ("10 civilians and 5 fighters were killed"). One victim named or described without a
 * number ("an 18-month-old boy was fatally wounded") is the tree's to count ({@link TreeCounts}).
 */
public final class CountFinder {
  private CountFinder() {}

  public record Found(CountKind kind, Count count) {}

  private static final Set<String> SKIP_RIGHT =
      Phrases.set(
          "be",
          "have",
          "reportedly",
          "also",
          "more",
          "other",
          "of",
          "them",
          "whom",
          "were",
          "was",
          "had",
          "been",
          "are",
          "later",
          "since",
          "so",
          "far",
          "in",
          "total",
          "all",
          "who",
          "which",
          "as",
          "a",
          "result",
          "confirm",
          "now",
          "already",
          "believe",
          "feared",
          "fear",
          "say",
          "said",
          "at",
          "least",
          "among",
          "the",
          "their",
          "overall",
          "altogether",
          "",
          "get",
          "subsequently",
          "eventually",
          "either",
          "both",
          "were",
          "being");

  /** Nouns of events: a number before them counts events, never people ("two airstrikes"). */
  private static final Set<String> EVENT_NOUNS =
      Phrases.set(
          "attack",
          "airstrike",
          "strike",
          "raid",
          "bombing",
          "explosion",
          "blast",
          "incident",
          "operation",
          "offensive",
          "clash",
          "battle",
          "assault",
          "ambush",
          "shelling",
          "round",
          "wave",
          "sortie");

  private static final Set<String> NOT_COUNTED =
      Phrases.set(
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "mile",
          "metres",
          "meters",
          "%",
          "percent",
          "per",
          "hours",
          "hour",
          "minutes",
          "days",
          "day",
          "weeks",
          "week",
          "months",
          "month",
          "years",
          "year",
          "am",
          "pm",
          "a.m.",
          "p.m.",
          "gmt",
          "tonnes",
          "tons",
          "dollars",
          "$",
          "euros",
          "pounds",
          "kg",
          "litres",
          "times",
          "calibre",
          "mm",
          "degrees",
          "o'clock",
          "trucks",
          "lorries",
          "vehicles",
          "tanks",
          "houses",
          "homes",
          "buildings",
          "aircraft",
          "drones",
          "missiles",
          "rockets",
          "shells",
          "villages",
          "towns",
          "cities",
          "schools",
          "hospitals",
          "rounds",
          "points",
          "votes",
          "seats",
          "sq",
          "square",
          "hectares",
          "acres",
          "million",
          "billion",
          "times",
          "ago",
          "jan",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "th",
          "st",
          "nd",
          "rd",
          "bodies");

  private static final Set<String> MONTHS =
      Phrases.set(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  public static EventCounts.Counts find(List<Token> toks, String text) {
    List<String> words = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    for (Token t : toks) {
      words.add(t.word());
      lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
    }
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      NumberWords.Quantity q = NumberWords.read(words, i);
      if (q == null || !plausible(toks, words, lemmas, q)) {
        i++;
        continue;
      }
      // chain conjoined figures: "10 civilians and 5 fighters"
      List<NumberWords.Quantity> chain = new ArrayList<>();
      chain.add(q);
      int after = nounEnd(toks, lemmas, q.end());
      while (after + 1 < toks.size()
          && (words.get(after).equals("and") || words.get(after).equals(","))
          && after > q.end()) {
        NumberWords.Quantity q2 = NumberWords.read(words, after + 1);
        if (q2 == null
            || q2.value() == null
            || q.value() == null
            || !plausible(toks, words, lemmas, q2)) {
          break;
        }
        int after2 = nounEnd(toks, lemmas, q2.end());
        if (after2 == q2.end()) {
          break;
        }
        chain.add(q2);
        after = after2;
      }
      NumberWords.Quantity last = chain.get(chain.size() - 1);
      CountKind kind =
          q.first() > 0 && words.get(q.first() - 1).endsWith("ing")
              ? kindLeft(lemmas, words, q.first())
              : null;
      if (kind == null) {
        kind = kindRight(toks, lemmas, words, after);
      }
      if (kind == null) {
        kind = kindLeft(lemmas, words, q.first());
      }
      if (kind == null) {
        i = last.end();
        continue;
      }
      Long value = null;
      long min = 0;
      long max = 0;
      boolean approximate = false;
      if (chain.size() == 1) {
        value = q.value();
        min = q.min();
        max = q.max();
        approximate = q.approximate();
      } else {
        long sum = 0;
        for (NumberWords.Quantity c : chain) {
          sum += c.value();
          approximate |= c.approximate();
        }
        value = sum;
        min = sum;
        max = approximate ? Long.MAX_VALUE : sum;
      }
      if (kind == CountKind.DISPLACED && isPlanned(lemmas, after)) {
        kind = CountKind.PLANNED_EVACUEES;
      }
      int s = toks.get(q.first()).start();
      int e = toks.get(Math.max(q.first(), Math.min(toks.size(), after) - 1)).end();
      String span = text.substring(s, Math.max(s, e));
      out.add(
          new Found(
              kind,
              new Count(
                  kind.label(),
                  value,
                  min,
                  max == Long.MAX_VALUE ? null : max,
                  approximate,
                  span)));
      i = Math.max(last.end(), i + 1);
    }
    // singleVictim(toks, lemmas, words, text, out);
    return new EventCounts.Counts(out);
  }

  /** A number that counts people, not a year, a distance or a time of day. */
  static boolean plausible(
      List<Token> toks, List<String> words, List<String> lemmas, NumberWords.Quantity q) {
    String next = q.end() < words.size() ? words.get(q.end()).toLowerCase(Locale.ROOT) : "";
    if (NOT_COUNTED.contains(next)
        || next.contains("-year")
        || next.contains("-month")
        || next.endsWith("-old")
        || next.startsWith("-")) {
      return false;
    }
    int noun = q.end();
    while (noun < toks.size() && toks.get(noun).pos().startsWith("JJ")) {
      noun++; // "two separate airstrikes"
    }
    if (noun < toks.size() && EVENT_NOUNS.contains(lemmas.get(noun))) {
      return false; // a number of attacks, not of people
    }
    String prev = q.first() > 0 ? words.get(q.first() - 1).toLowerCase(Locale.ROOT) : "";
    if (MONTHS.contains(prev)
        || prev.equals("$")
        || prev.equals("no.")
        || prev.equals("resolution")
        || prev.equals("since")
        || prev.equals("in") && q.value() != null && q.value() >= 1900) {
      return false;
    }
    if (q.value() != null
        && q.value() >= 1900
        && q.value() <= 2100
        && !words.get(q.first()).contains(",")
        && q.min() == q.max()) {
      return false;
    }
    String first = words.get(q.first()).toLowerCase(Locale.ROOT);
    if (first.contains(":") || first.contains("/")) {
      return false;
    }
    // "one of the", "one day": "one" alone is rarely a count
    if ((first.equals("one") || first.equals("single")) && q.end() == q.first() + 1) {
      String n = next;
      return Phrases.set(
              "person",
              "civilian",
              "child",
              "soldier",
              "man",
              "woman",
              "boy",
              "girl",
              "policeman",
              "officer",
              "fighter",
              "resident",
              "other")
          .contains(n);
    }
    // vague words must be followed by a people noun or "of"
    if (q.value() == null) {
      return next.equals("of")
          || next.equals("more")
          || isPeople(lemmas, q.end())
          || next.equals("were")
          || next.equals("have")
          || next.equals("had");
    }
    return true;
  }

  private static boolean isPeople(List<String> lemmas, int j) {
    return j < lemmas.size() && Phrases.PEOPLE.contains(lemmas.get(j));
  }

  /** The end of the noun group after a number: "12 people", "dozens more", "41 wounded people". */
  private static int nounEnd(List<Token> toks, List<String> lemmas, int j) {
    int k = j;
    while (k < toks.size()) {
      Token t = toks.get(k);
      String l = lemmas.get(k);
      if (l.equals("of") && k == j) { // "thousands of women and children"
        k++;
        continue;
      }
      if (t.pos().startsWith("JJ") && !isKindWord(l)
          || t.pos().startsWith("NN") && !isKindWord(l)
          || l.equals("more")
          || l.equals("other")
          || t.pos().equals("DT") && k == j + 1) {
        k++;
        continue;
      }
      if (l.equals("and")
          && k + 1 < toks.size()
          && toks.get(k + 1).pos().startsWith("NN")
          && !toks.get(k + 1).pos().startsWith("CD")
          && Phrases.PEOPLE.contains(lemmas.get(k + 1))) {
        k++;
        continue;
      }
      break;
    }
    return k;
  }

  private static boolean isKindWord(String l) {
    return kindOf(l) != null;
  }

  /** The kind a word of harm, capture or flight gives the people it is done to, or null. */
  static CountKind kindOfLemma(String l) {
    return kindOf(l);
  }

  private static CountKind kindOf(String l) {
    return switch (l) {
      case "kill",
          "dead",
          "die",
          "death",
          "fatality",
          "slay",
          "massacre",
          "execute",
          "killed",
          "behead" ->
          CountKind.KILLED;
      case "wound", "injure", "hurt", "injury", "wounded", "injured", "casualty" ->
          CountKind.INJURED;
      case "missing", "unaccounted" -> CountKind.MISSING;
      case "capture", "captured" -> CountKind.CAPTURED;
      case "arrest",
          "detain",
          "abduct",
          "kidnap",
          "detainee",
          "hostage",
          "jail",
          "imprison",
          "round",
          "arrested",
          "detained" ->
          CountKind.ARRESTED;
      case "evacuate", "evacuee", "rescue", "evacuated" -> CountKind.EVACUATED;
      case "flee", "displace", "displaced", "uproot" -> CountKind.DISPLACED;
      case "refugee" -> CountKind.REFUGEES;
      default -> null;
    };
  }

  private static CountKind kindRight(
      List<Token> toks, List<String> lemmas, List<String> words, int j) {
    int steps = 0;
    for (int k = j; k < toks.size() && steps < 6; k++, steps++) {
      String l = lemmas.get(k);
      String w = words.get(k).toLowerCase(Locale.ROOT);
      if (isAside(words, k)) {
        // "At least 16 civilians, including women and children, were killed": skip the aside
        int m = k + 1;
        while (m < toks.size()
            && m - k <= 10
            && !toks.get(m).pos().startsWith("VB")
            && kindOf(lemmas.get(m)) == null) {
          m++;
        }
        k = m - 1;
        continue;
      }
      CountKind kind = kindOf(l);
      if (kind == null) {
        kind = kindOf(w);
      }
      if (l.equals("fatally") || l.equals("mortally")) {
        return CountKind.KILLED;
      }
      if (l.equals("lose") && k + 2 < toks.size() && lemmas.get(k + 2).equals("life")) {
        return CountKind.KILLED;
      }
      if (l.equals("get") || l.equals("manage") || l.equals("able")) {
        for (int m = k + 1; m < Math.min(toks.size(), k + 4); m++) {
          if (Phrases.set("out", "leave", "escape", "flee", "evacuate").contains(lemmas.get(m))) {
            return CountKind.EVACUATED;
          }
        }
      }
      if (l.equals("take")
          && k + 1 < toks.size()
          && (lemmas.get(k + 1).equals("prisoner") || lemmas.get(k + 1).equals("captive"))) {
        return CountKind.CAPTURED;
      }
      if (l.equals("hold")
          && k + 1 < toks.size()
          && (words.get(k + 1).equals("hostage") || words.get(k + 1).equals("captive"))) {
        return CountKind.ARRESTED;
      }
      if (kind != null
          && k > 0
          && lemmas.get(k - 1).equals("to")
          && (kind == CountKind.DISPLACED || kind == CountKind.EVACUATED)) {
        return CountKind.PLANNED_EVACUEES; // "up to 200,000 to flee", "hoped to flee"
      }
      if (kind != null) {
        if (kind == CountKind.ARRESTED
            && l.equals("round")
            && !(k + 1 < toks.size() && words.get(k + 1).equals("up"))) {
          return null;
        }
        return kind;
      }
      if (l.equals("hope")
          || l.equals("plan")
          || l.equals("expect")
          || l.equals("want")
          || l.equals("try")
          || l.equals("wish")
          || l.equals("to")
          || l.equals("would")
          || l.equals("could")
          || l.equals("will")) {
        continue;
      }
      if (SKIP_RIGHT.contains(l)
          || SKIP_RIGHT.contains(w)
          || toks.get(k).pos().startsWith("RB")
          || toks.get(k).pos().startsWith("NN") && Phrases.PEOPLE.contains(l)) {
        continue;
      }
      return null;
    }
    return null;
  }

  /** The start of an aside after a figure: "including", "mostly", "among them", a dash. */
  private static boolean isAside(List<String> words, int k) {
    String w = words.get(k).toLowerCase(Locale.ROOT);
    String next = k + 1 < words.size() ? words.get(k + 1).toLowerCase(Locale.ROOT) : "";
    if (w.equals(",") && k + 1 < words.size() && !next.equals(",") && isAside(words, k + 1)) {
      return true;
    }
    return w.equals("including")
        || w.equals("mostly")
        || w.equals("many") && next.equals("of")
        || w.equals("among") && (next.equals("them") || next.equals("whom"))
        || Phrases.set("-", "--", "–", "—").contains(w);
  }

  private static CountKind kindLeft(List<String> lemmas, List<String> words, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 6); k--) {
      String l = lemmas.get(k);
      String w = words.get(k).toLowerCase(Locale.ROOT);
      if (l.equals("toll") && k > 0 && lemmas.get(k - 1).equals("death")) {
        return CountKind.KILLED;
      }
      if (w.equals("killing") || w.equals("killed") && first - k <= 2) {
        return CountKind.KILLED;
      }
      if (w.equals("wounding")
          || w.equals("injuring")
          || w.equals("wounded") && first - k <= 2
          || w.equals("injured") && first - k <= 2) {
        return CountKind.INJURED;
      }
      if (w.equals("arresting")
          || w.equals("arrested") && first - k <= 2
          || w.equals("detained") && first - k <= 2
          || w.equals("detaining")
          || w.equals("abducted") && first - k <= 2
          || w.equals("kidnapped") && first - k <= 2) {
        return CountKind.ARRESTED;
      }
      if (w.equals("captured") && first - k <= 2 || w.equals("capturing")) {
        return CountKind.CAPTURED;
      }
      if (w.equals("evacuated") && first - k <= 2
          || w.equals("evacuating")
          || w.equals("rescued") && first - k <= 2) {
        return CountKind.EVACUATED;
      }
      if (w.equals("displacing")
          || w.equals("displaced") && first - k <= 2
          || w.equals("uprooted") && first - k <= 2
          || w.equals("uprooting")) {
        return CountKind.DISPLACED;
      }
      if (w.equals(".") || w.equals(";") || w.equals("said") || w.equals("and") && k < first - 1) {
        return null;
      }
    }
    return null;
  }

  private static boolean isPlanned(List<String> lemmas, int j) {
    for (int k = Math.max(0, j - 2); k < Math.min(lemmas.size(), j + 5); k++) {
      String l = lemmas.get(k);
      if (l.equals("hope")
          || l.equals("plan")
          || l.equals("expect")
          || l.equals("want")
          || l.equals("wish")
          || l.equals("could")
          || l.equals("would")
          || l.equals("will")) {
        return true;
      }
    }
    return false;
  }
}
