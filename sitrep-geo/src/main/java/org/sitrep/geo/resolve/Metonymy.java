package org.sitrep.geo.resolve;

import java.util.List;
import java.util.Set;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.PlaceKind;
import org.sitrep.geo.recognize.Lexicon;
import org.sitrep.geo.recognize.ToponymMention;
import org.sitrep.model.Token;

/**
 * Tells a place that stands for its government or institutions ("Washington warned", "London has
 * made a final choice", "Russia's defence ministry said") from the place itself. Only countries and
 * capitals are read this way; demonyms and names inside organisation names are never where
 * something happened either.
 */
public final class Metonymy {
  private static final Set<String> AUXILIARIES =
      Set.of(
          "has", "have", "had", "will", "would", "could", "should", "must", "may", "might", "can",
          "did", "does", "do", "is", "was", "are", "were");
  private static final Set<String> SKIPPABLE = Set.of("not", "also", "already", "now", "n't");
  private static final Set<String> SUBJECT_OPENERS =
      Set.of(
          ",",
          "and",
          "but",
          "that",
          "as",
          "while",
          "because",
          "when",
          "if",
          "``",
          "\"",
          "“",
          "'",
          "‘",
          "(",
          ";",
          ":",
          "--",
          "—",
          "–",
          "so",
          "yet",
          "though",
          "although",
          "after",
          "before",
          "since",
          "where");
  private static final Set<String> BEING = Set.of("is", "was", "are", "were");

  private Metonymy() {}

  /** Whether this mention of {@code entry} names an actor rather than a location. */
  public static boolean isMetonymic(List<Token> tokens, ToponymMention m, GeoEntry entry) {
    if (m.source() == ToponymMention.Source.DEMONYM
        || m.source() == ToponymMention.Source.EMBEDDED) {
      return true;
    }
    if (entry == null || !(entry.kind() == PlaceKind.COUNTRY || entry.isCapital())) {
      return false;
    }
    int next = m.lastToken() + 1;
    if (next < tokens.size() && tokens.get(next).word().matches("['’]s?")) {
      return next + 1 < tokens.size()
          && Lexicon.INSTITUTIONS.contains(Lexicon.lower(tokens.get(next + 1).word()));
    }
    if (!subjectPosition(tokens, m.firstToken())) {
      return false;
    }
    int k = next;
    if (k >= tokens.size()) {
      return false;
    }
    String w = Lexicon.lower(tokens.get(k).word());
    if (AUXILIARIES.contains(w)) {
      boolean being = BEING.contains(w);
      k++;
      while (k < tokens.size() && SKIPPABLE.contains(Lexicon.lower(tokens.get(k).word()))) {
        k++;
      }
      if (k >= tokens.size()) {
        return false;
      }
      Token verb = tokens.get(k);
      // "Kyiv was shelled" is the place; "Moscow is demanding" is the government.
      if (being && !verb.pos().equals("VBG")) {
        return false;
      }
      return agentVerb(verb);
    }
    return agentVerb(tokens.get(k));
  }

  private static boolean agentVerb(Token t) {
    return (t.isVerb() || t.pos().equals("MD"))
        && (Lexicon.AGENT_VERBS.contains(Lexicon.lower(t.word()))
            || Lexicon.AGENT_VERBS.contains(Lexicon.lower(t.lemma())));
  }

  private static boolean subjectPosition(List<Token> tokens, int first) {
    if (first == 0) {
      return true;
    }
    String prev = Lexicon.lower(tokens.get(first - 1).word());
    return SUBJECT_OPENERS.contains(prev) || tokens.get(first - 1).word().equals(".");
  }
}
