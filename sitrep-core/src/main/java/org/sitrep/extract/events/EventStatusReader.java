package org.sitrep.extract.events;

import static org.sitrep.extract.text.Phrases.lemma;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.syntax.Roles;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Entity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Speaker;
import org.sitrep.model.Token;
import org.sitrep.taxonomy.EventStatus;
import org.sitrep.taxonomy.EventType;
import org.sitrep.taxonomy.Family;

/**
 * How a sentence reports an event: its status (planned, claimed, ongoing, agreed, violated…) from
 * the words around the trigger — negation and modality are the dependency tree's ({@code
 * org.sitrep.extract.syntax.Scope}) — and its source, the speaker the sentence attributes it to.
 */
final class EventStatusReader {
  private EventStatusReader() {}

  /**
   * The status of the event a hit reports, once the dependency tree has said whether it is negated
   * or hypothetical ({@code org.sitrep.extract.syntax.Scope}, applied by the caller): planned,
   * suspended, violated, agreed, claimed, ongoing, else occurred, from the words of the sentence.
   */
  static EventStatus status(EventContext ctx, Sentence s, Hit h, EventType et, Set<String> lemmas) {
    List<Token> toks = s.tokens();
    int k = h.first() - s.firstToken();
    Family f = et.family();
    if (f.isStatement()) {
      return EventStatus.OCCURRED; // its negation is the tree's (Scope.readOwn)
    }
    boolean planned = false;
    for (int j = Math.max(0, k - 4); j < k; j++) {
      String l = lemma(toks.get(j));
      if (Phrases.PLANNED.contains(l) || l.equals("to") && j == k - 1 && !toks.get(k).isNoun()) {
        planned = planned || !l.equals("to") || isPlannedTo(toks, j);
      }
    }
    return afterScope(toks, k, f, et, lemmas, planned);
  }

  /** The statuses read from the words of the sentence once negation and modality are known. */
  private static EventStatus afterScope(
      List<Token> toks, int k, Family f, EventType et, Set<String> lemmas, boolean planned) {
    if (f == Family.CEASEFIRE || f == Family.EVACUATION || f == Family.AGREEMENT) {
      if (Phrases.SUSPENDED.stream().anyMatch(lemmas::contains)) {
        return EventStatus.SUSPENDED;
      }
      if (Phrases.VIOLATED.stream().anyMatch(lemmas::contains)
          || f == Family.CEASEFIRE
              && (lemmas.contains("shell")
                  || lemmas.contains("shelling")
                  || lemmas.contains("fire") && lemmas.contains("under"))) {
        return EventStatus.VIOLATED;
      }
      if (planned) {
        return EventStatus.PLANNED;
      }
      if (f != Family.EVACUATION && Phrases.AGREED.stream().anyMatch(lemmas::contains)) {
        return EventStatus.AGREED;
      }
      return EventStatus.OCCURRED;
    }
    if (planned) {
      return EventStatus.PLANNED;
    }
    if (lemmas.contains("claim") || lemmas.contains("purportedly")) {
      return EventStatus.CLAIMED;
    }
    if (Phrases.ONGOING.stream().anyMatch(lemmas::contains)
        && (f == Family.TERRITORY
            || f == Family.SERVICES_DISRUPTED
            || f == Family.PROTEST
            || f == Family.CLASH)) {
      return EventStatus.ONGOING;
    }
    if ((f == Family.SERVICES_DISRUPTED || et == EventType.TERRITORY_ENCIRCLED)
        && perfectOrPresent(toks, k)) {
      return EventStatus.ONGOING;
    }
    return EventStatus.OCCURRED;
  }

  static boolean isPlannedTo(List<Token> toks, int j) {
    for (int m = Math.max(0, j - 3); m < j; m++) {
      String l = lemma(toks.get(m));
      if (Phrases.set(
              "plan",
              "expect",
              "due",
              "set",
              "hope",
              "intend",
              "agree",
              "aim",
              "prepare",
              "schedule",
              "going")
          .contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static boolean perfectOrPresent(List<Token> toks, int k) {
    for (int j = Math.max(0, k - 3); j < k; j++) {
      String w = toks.get(j).word().toLowerCase(Locale.ROOT);
      if (Phrases.set("has", "have", "is", "are", "remains", "remain").contains(w)) {
        return true;
      }
    }
    return toks.get(k).pos().equals("VBZ") || toks.get(k).pos().equals("VBP");
  }

  /**
   * Who the sentence says reports the event: "according to X", the subject of a speech verb, or the
   * phrase after it ("…, said the ministry"); null when none.
   */
  static Speaker source(EventContext ctx, Sentence s, Hit h) {
    List<Token> toks = s.tokens();
    for (int k = 0; k + 2 < toks.size(); k++) {
      if (toks.get(k).word().equalsIgnoreCase("according") && toks.get(k + 1).word().equals("to")) {
        Np np = NounPhrases.npAt(ctx, s, toks.get(k + 2).index());
        if (np != null) {
          return speaker(ctx, np);
        }
      }
    }
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (!t.isVerb() || !Phrases.SPEECH.contains(lemma(t)) || t.index() == h.first()) {
        continue;
      }
      Np subject = treeSubject(ctx, s, t.index());
      if (subject == null) {
        subject = NounPhrases.subjectOf(ctx, s, t.index());
      }
      if (subject != null && !subject.pronoun() && subject.first() > h.first()) {
        return speaker(ctx, subject);
      }
      if (subject != null
          && !subject.pronoun()
          && subject.end() <= h.first()
          && k + 1 < toks.size()
          && (toks.get(k + 1).word().equals("that")
              || toks.get(k + 1).isNoun()
              || toks.get(k + 1).pos().startsWith("DT")
              || toks.get(k + 1).pos().equals("PRP")
              || toks.get(k + 1).pos().startsWith("JJ")
              || toks.get(k + 1).pos().startsWith("CD"))) {
        return speaker(ctx, subject);
      }
      // "…, said the ministry"
      if (k > 0
          && (toks.get(k - 1).word().equals(",") || toks.get(k - 1).word().matches("[\"”’']+"))
          && t.index() > h.first()) {
        Np after = NounPhrases.npAt(ctx, s, t.index() + 1);
        if (after != null && !after.pronoun()) {
          return speaker(ctx, after);
        }
      }
    }
    return null;
  }

  /**
   * The subject the tree gives a verb of speech, whole ("the Syrian Observatory for Human Rights
   * said") and no more ("killed on Saturday and Sunday a monitor said": the monitor); null when the
   * sentence is unparsed or the verb has no nominal subject.
   */
  private static Np treeSubject(EventContext ctx, Sentence s, int verb) {
    DependencyTree tree = ctx.tree(s);
    if (!tree.parsed() || !tree.contains(verb)) {
      return null;
    }
    int subject = tree.dependent(verb, "nsubj");
    if (subject < 0 || !tree.token(subject).isNoun() && !tree.token(subject).isPronoun()) {
      return null;
    }
    Roles.Phrase phrase = Roles.phrase(tree, subject);
    String head = lemma(tree.token(subject));
    if (Phrases.PEOPLE.contains(head)
        || head.equals("strike")
        || head.equals("attack")
        || tree.dependent(subject, "nummod") >= 0) {
      return null; // "at least 112 people", "air strikes": a misparse of the told, not the teller
    }
    return NounPhrases.fromTree(ctx, phrase);
  }

  private static Speaker speaker(EventContext ctx, Np np) {
    np = lastPhrase(ctx, np);
    Entity e = Participants.entityOf(ctx, np);
    return new Speaker(np.text(), e == null ? null : e.id());
  }

  /**
   * The last noun phrase of a source glued to what came before it, as in text that lost its commas:
   * "killed 27 people a monitoring group said" names a monitoring group. A determiner after a
   * preposition or a conjunction stays inside ("the head of the Observatory", "the committees and
   * the Observatory").
   */
  static Np lastPhrase(EventContext ctx, Np np) {
    for (int i = np.end() - 2; i > np.first(); i--) {
      Token t = ctx.tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      Token before = ctx.tokens.get(i - 1);
      if (Set.of("a", "an", "the").contains(w)
          && !Set.of("IN", "TO", "CC", "POS", ",").contains(before.pos())) {
        Np last = NounPhrases.fromTree(ctx, new Roles.Phrase(i, np.end(), np.end() - 1));
        return last == null ? np : last;
      }
    }
    return np;
  }

  /** Whether a source's name is a party to the fighting: an army, a ministry, a rebel group. */
  static boolean isParty(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String w :
        List.of(
            "army",
            "military",
            "ministry",
            "forces",
            "command",
            "troops",
            "rebels",
            "group",
            "militia",
            "spokesman",
            "spokesperson",
            "fighters")) {
      if (n.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
