package org.sitrep.extract.events;

import static org.sitrep.extract.text.Phrases.lemma;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.syntax.SyntaxLexicon;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Token;

/**
 * Senses of a trigger word that report no event: idioms, compounds, attributes, habits, trends,
 * transitive senses and media shoots, read from the words around the trigger.
 */
final class TriggerSenses {
  private TriggerSenses() {}

  /** What one strikes when one makes, not hits, it: "struck a deal", "strike the right tone". */
  private static final Set<String> STRUCK_BARGAINS =
      Phrases.set(
          "deal",
          "agreement",
          "accord",
          "bargain",
          "pact",
          "compromise",
          "truce",
          "balance",
          "tone",
          "chord",
          "note",
          "pose",
          "blow");

  /**
   * Whether "strike" makes a bargain: its object ("struck a new deal") or, passive, its subject
   * ("an agreement was struck") is one. ("struck a blow for": a figure of speech.)
   */
  private static boolean strikesABargain(List<Token> toks, int k, int end) {
    int j = end;
    while (j < toks.size()
        && Phrases.set("DT", "JJ", "PRP$", "CD", "RB").contains(toks.get(j).pos())) {
      j++;
    }
    if (j < toks.size() && STRUCK_BARGAINS.contains(lemma(toks.get(j)))) {
      return true;
    }
    int i = k - 1;
    while (i >= 0
        && Phrases.set("be", "have", "finally", "eventually", "not").contains(lemma(toks.get(i)))) {
      i--;
    }
    return i < k - 1 && i >= 0 && STRUCK_BARGAINS.contains(lemma(toks.get(i)));
  }

  private static final SyntaxLexicon LEX = SyntaxLexicon.english();

  /**
   * Whether the noun phrase at {@code j}, past its determiners and adjectives, is a reaction a
   * proposal "meets with" (role {@code reaction}).
   */
  private static boolean metWithAReaction(List<Token> toks, int j) {
    while (j < toks.size() && toks.get(j).pos().matches("DT|JJ.*|RB.*|PRP\\$")) {
      j++;
    }
    return j < toks.size() && LEX.is("reaction", lemma(toks.get(j)));
  }

  /**
   * Senses of a trigger word that report no event: "in protest" (a manner: "cancelled the visit in
   * protest"), "struck down" a law, "verbal"/"personal"/"heart"/"cyber" attacks, "attack ads".
   */
  static boolean isIdiom(List<Token> toks, int k, int end, TriggerLexicon.Entry e) {
    String first = e.lemmas().get(0);
    String prev = k > 0 ? toks.get(k - 1).word().toLowerCase(Locale.ROOT) : "";
    String next = end < toks.size() ? toks.get(end).word().toLowerCase(Locale.ROOT) : "";
    if (e.type().equals("PROTEST") && first.equals("protest") && prev.equals("in")) {
      return true;
    }
    if (first.equals("strike") && next.equals("down")) {
      return true;
    }
    if (first.equals("meet") && next.equals("with") && metWithAReaction(toks, end + 1)) {
      return true; // "the plan met with approval", "are meeting with resistance": no meeting
    }
    if (k > 0
            && toks.get(k - 1).end() == toks.get(k).start()
            && toks.get(k - 1).word().endsWith("-")
        || k > 1
            && toks.get(k - 1).word().equals("-")
            && toks.get(k - 2).end() == toks.get(k - 1).start()) {
      return true; // the second half of a compound: "life-threatening", "anti-protest"
    }
    if (e.type().equals("PROTEST")
        && e.pos() != 'N'
        && toks.get(k).pos().startsWith("VB")
        && Phrases.set("demonstrate", "rally", "march", "gather").contains(first)
        && (next.equals("that")
            || afterAdverbs(toks, end) < toks.size()
                && Phrases.set("DT", "PRP$", "PRP", "WRB", "WP", "NN", "NNS", "JJ")
                    .contains(toks.get(afterAdverbs(toks, end)).pos()))) {
      return true; // transitive senses: "demonstrate clearly why", "rally the world", "rally
      // support"
    }
    if (e.type().equals("DETENTION")
        && e.pos() != 'N'
        && k > 0
        && end < toks.size()
        && Phrases.set("DT", "PRP$", "JJ", "CD").contains(toks.get(k - 1).pos())
        && toks.get(k).word().toLowerCase(Locale.ROOT).endsWith("ed")
        && toks.get(end).pos().startsWith("NN")) {
      return true; // an attribute, not a report: "their jailed members", "the detained men"
    }
    if (first.equals("fire") && next.equals("back")) {
      return true; // "fired back at his rival": a retort
    }
    if (e.lemmas().contains("under")
        && e.lemmas().contains("fire")
        && Phrases.set("over", "for", "from").contains(next)
        && end + 1 < toks.size()
        && !toks.get(end + 1).pos().startsWith("NNP")
        && !ARMED_SOURCES.contains(lemma(toks.get(end + 1)))) {
      return true; // "came under fire over a provision": criticism
    }
    if (first.equals("strike")
        && end < toks.size()
        && Phrases.set("me", "us", "him", "her", "many", "some", "observers").contains(next)) {
      return true; // "it strikes me that…"
    }
    if (first.equals("strike")
        && toks.get(k).pos().startsWith("VB")
        && strikesABargain(toks, k, end)) {
      return true; // "struck a deal", "an agreement was struck": a bargain made, no blow
    }
    if (first.equals("rally")
        && k > 0
        && Phrases.set("campaign", "election", "electoral", "primary", "night", "victory", "party")
            .contains(prev)) {
      return true; // a campaign rally is no protest
    }
    if (e.type().equals("PROTEST")
        && Phrases.set("diplomatic", "formal", "official", "written").contains(prev)) {
      return true; // "made a diplomatic protest": a complaint between governments
    }
    if (k >= 2
            && toks.get(k - 1).word().equalsIgnoreCase("to")
            && Phrases.set("power", "powers", "authority", "right", "licence", "license", "mandate")
                .contains(toks.get(k - 2).word().toLowerCase(Locale.ROOT))
        || k >= 3
            && toks.get(k - 2).word().equalsIgnoreCase("to")
            && Phrases.set("make", "carry")
                .contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT))
            && Phrases.set("power", "powers", "authority", "right")
                .contains(toks.get(k - 3).word().toLowerCase(Locale.ROOT))) {
      return true; // "powers to arrest", "the power to make arrests": what could be done
    }
    if (!e.statement() && isHabitual(toks, k)) {
      // ("has repeatedly warned" is still a statement: each warning is one)
      return true; // "which regularly bombs", "are routinely detained": a habit, not one event
    }
    if (toks.get(k).pos().startsWith("NN") && isTrend(toks, k)) {
      return true; // "the number of attacks", "a rise in protests": a trend
    }
    if (first.equals("meet")
        && toks.get(k).pos().startsWith("VB")
        && objectIsRequirement(toks, end)) {
      return true; // "meet their needs", "meet the deadline"
    }
    if (first.equals("plead") && Phrases.set("guilty", "not", "innocent", "no").contains(next)) {
      return true; // a plea in court
    }
    if ((first.equals("demand") || first.equals("ask"))
        && next.equals("to")
        && end + 1 < toks.size()
        && lemma(toks.get(end + 1)).equals("know")) {
      return true; // "demanded to know why": a question, not a call to act
    }
    if (first.equals("ask")
        && (next.equals("not")
            || next.equals("that")
            || k + 2 < toks.size() && next.equals("to") && toks.get(k + 2).word().equals("not"))) {
      return true; // "asked not to be named", "asked that her name not be used"
    }
    if (e.type().startsWith("ATTACK")
        && Phrases.set(
                "verbal",
                "verbally",
                "personal",
                "heart",
                "panic",
                "cyber",
                "asthma",
                "political",
                "rhetorical")
            .contains(prev)) {
      return true;
    }
    return e.type().startsWith("ATTACK") && Phrases.set("ad", "ads", "dog", "dogs").contains(next);
  }

  private static final Set<String> ARMED_SOURCES =
      Set.of(
          "militant",
          "rebel",
          "gunman",
          "gunmen",
          "troops",
          "force",
          "soldier",
          "fighter",
          "army",
          "insurgent",
          "sniper",
          "artillery",
          "tank",
          "the",
          "enemy",
          "russian",
          "israeli");

  private static final Set<String> HABITUAL =
      Set.of(
          "regularly",
          "routinely",
          "often",
          "usually",
          "frequently",
          "typically",
          "habitually",
          "repeatedly",
          "generally",
          "commonly",
          "sometimes",
          "occasionally");

  /** A habitual adverb within the two words before the trigger. */
  private static boolean isHabitual(List<Token> toks, int k) {
    for (int j = Math.max(0, k - 3); j < k; j++) {
      if (HABITUAL.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TREND_NOUNS =
      Set.of(
          "number",
          "rise",
          "increase",
          "surge",
          "spike",
          "uptick",
          "decline",
          "drop",
          "fall",
          "rate",
          "frequency",
          "level",
          "tally");

  private static final Set<String> TREND_VERBS =
      Set.of(
          "surge",
          "rise",
          "increase",
          "grow",
          "decline",
          "drop",
          "fall",
          "soar",
          "double",
          "triple",
          "spike",
          "decrease");

  /**
   * A noun trigger counted as a trend rather than reported as an event: "the number of attacks", "a
   * rise in protests"; a plural subject of a trend verb is {@link #isTrendSubject}'s.
   */
  private static boolean isTrend(List<Token> toks, int k) {
    if (k >= 2
        && Phrases.set("of", "in").contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT))
        && TREND_NOUNS.contains(lemma(toks.get(k - 2)))) {
      return true;
    }
    for (int m = k - 1; m >= Math.max(1, k - 4); m--) {
      Token t = toks.get(m);
      if (Phrases.set("of", "in").contains(t.word().toLowerCase(Locale.ROOT))) {
        if (TREND_NOUNS.contains(lemma(toks.get(m - 1)))) {
          return true; // "the number of anti-Muslim attacks", "a rise in deadly attacks"
        }
        break;
      }
      if (!(t.pos().startsWith("JJ")
          || t.pos().startsWith("NNP")
          || t.word().equals("-")
          || t.pos().equals("HYPH"))) {
        break;
      }
    }
    return false;
  }

  /**
   * A plural noun trigger that is the subject of a trend verb, alone or in a coordination: "attacks
   * on migrants have surged", "kidnappings and attacks rose" (not "protests that began against
   * rising prices"), or of one just after it whose subject the parser lost. The tree decides;
   * without one (parse selection) the hit stays.
   */
  static boolean isTrendSubject(DependencyTree tree, int x) {
    if (tree == null || !tree.parsed() || !tree.contains(x) || !tree.token(x).pos().equals("NNS")) {
      return false;
    }
    int h = x;
    for (int steps = 0; steps < 20 && tree.baseRelation(h).equals("conj"); steps++) {
      int up = tree.head(h);
      if (up < 0 || !tree.contains(up)) {
        break;
      }
      h = up; // a misparse may loop: the climb is bounded
    }
    if (tree.baseRelation(h).equals("nsubj")
        && tree.head(h) >= 0
        && TREND_VERBS.contains(tree.lemma(tree.head(h)))) {
      return true;
    }
    // a trend verb just after the trigger whose subject the parser left out, or took from before
    // the trigger, has lost it, most likely to the trigger: "hostility toward and attacks on
    // migrants has surged"
    for (int j = x + 1; j < x + 8 && tree.contains(j); j++) {
      Token t = tree.token(j);
      if (t.word().equals(",") || t.word().equals(";")) {
        return false;
      }
      if (t.pos().startsWith("VB")
          && TREND_VERBS.contains(tree.lemma(j))
          && !Phrases.set("amod", "acl").contains(tree.baseRelation(j))
          && tree.dependent(j, "nsubj") < x) {
        return true;
      }
    }
    return false;
  }

  /** The first index from {@code j} on that is not an adverb. */
  private static int afterAdverbs(List<Token> toks, int j) {
    while (j < toks.size() && toks.get(j).pos().startsWith("RB")) {
      j++;
    }
    return j;
  }

  private static final Set<String> REQUIREMENTS =
      Set.of(
          "need",
          "demand",
          "target",
          "goal",
          "requirement",
          "deadline",
          "criterion",
          "criteria",
          "standard",
          "obligation",
          "commitment",
          "expectation",
          "threshold",
          "quota",
          "cost",
          "challenge",
          "condition");

  /** Whether a requirement noun ("their need", "the deadline") follows within three words. */
  private static boolean objectIsRequirement(List<Token> toks, int end) {
    for (int j = end; j < Math.min(toks.size(), end + 4); j++) {
      Token t = toks.get(j);
      if (REQUIREMENTS.contains(lemma(t))) {
        return true;
      }
      if (!(t.pos().equals("DT")
          || t.pos().equals("PRP$")
          || t.pos().startsWith("JJ")
          || t.pos().equals("RB"))) {
        return false;
      }
    }
    return false;
  }

  /** "Shot a video", "shooting footage": a camera shoot, no shooting. */
  static boolean isShootingMedia(List<Token> toks, int end, TriggerLexicon.Entry e) {
    if (!e.lemmas().get(0).equals("shoot")) {
      return false;
    }
    for (int j = end; j < Math.min(toks.size(), end + 3); j++) {
      String l = lemma(toks.get(j));
      if (Phrases.set("video", "film", "footage", "photo", "picture", "scene", "movie")
          .contains(l)) {
        return true;
      }
    }
    return false;
  }
}
