package org.sitrep.extract.events;

import static org.sitrep.extract.text.Phrases.lemma;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Entity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Speaker;
import org.sitrep.model.Token;
import org.sitrep.taxonomy.EventStatus;
import org.sitrep.taxonomy.EventType;
import org.sitrep.taxonomy.Family;

/**
 * How a sentence reports an event: its status (denied, hypothetical, planned, claimed, ongoing…)
 * from negation, modality and the words around the trigger, and its source, the speaker the
 * sentence attributes it to.
 */
final class EventStatusReader {
  private EventStatusReader() {}

  /**
   * The status of the event a hit reports: denied, hypothetical, planned, suspended, violated,
   * agreed, claimed, ongoing, else occurred; read from the words before the trigger and the
   * sentence's lemmas.
   */
  static EventStatus status(EventContext ctx, Sentence s, Hit h, EventType et, Set<String> lemmas) {
    List<Token> toks = s.tokens();
    int k = h.first() - s.firstToken();
    Family f = et.family();
    boolean negated = false;
    boolean hypothetical = false;
    boolean planned = false;
    for (int j = Math.max(0, k - 4); j < k; j++) {
      String l = lemma(toks.get(j));
      if ((Phrases.NEGATORS.contains(l) || Phrases.NEGATORS.contains(toks.get(j).word()))
          && !l.equals("without")) {
        negated = true;
      }
      if (Phrases.HYPOTHETICAL.contains(l)) {
        hypothetical = true;
      }
      if (Phrases.PLANNED.contains(l) || l.equals("to") && j == k - 1 && !toks.get(k).isNoun()) {
        planned = planned || !l.equals("to") || isPlannedTo(toks, j);
      }
    }
    if (f.isStatement()) {
      return negated && f != Family.DENIAL ? EventStatus.DENIED : EventStatus.OCCURRED;
    }
    if (negated) {
      return EventStatus.DENIED;
    }
    if (isUnreal(toks, k)) {
      return EventStatus.HYPOTHETICAL;
    }
    if (hypothetical) {
      return EventStatus.HYPOTHETICAL;
    }
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

  /** Verbs whose "to" clause asks for an action: "urged the government to renew talks". */
  private static final Set<String> ASKING =
      Set.of("urge", "call", "ask", "appeal", "encourage", "press", "implore", "exhort", "invite");

  /** Words after which an action is alleged, regulated or weighed, not reported as done. */
  private static final Set<String> UNREAL_CUES =
      Set.of(
          "likely",
          "unlikely",
          "ban",
          "prohibit",
          "permit",
          "outlaw",
          "every",
          "threat",
          "toward",
          "towards",
          "seek",
          "possible",
          "potential",
          "pursue");

  /**
   * An action the sentence does not report as real: one someone is urged to take ("called on its
   * followers to stage attacks"), one weighed or regulated ("less likely to be solved through
   * talks", "the law would ban protests", "permits for protests"), one alleged of a person
   * ("accused of fighting with"), or each of a kind ("after every meeting").
   */
  private static boolean isUnreal(List<Token> toks, int k) {
    for (int j = Math.max(0, k - 14); j < k; j++) {
      String l = lemma(toks.get(j));
      String w = toks.get(j).word().toLowerCase(Locale.ROOT);
      if (ASKING.contains(l) && toks.get(j).pos().startsWith("VB") && !clauseBreak(toks, j, k)) {
        for (int m = j + 1; m < k; m++) {
          if (toks.get(m).word().equalsIgnoreCase("to")) {
            return true;
          }
        }
      }
      if (j >= k - 3 && (UNREAL_CUES.contains(l) || UNREAL_CUES.contains(w))
          || j >= k - 6 && (l.equals("likely") || l.equals("unlikely"))) {
        return true;
      }
      if (j >= k - 4 && w.equals("of") && j > 0 && onlyModifiers(toks, j + 1, k)) {
        // "accused of fighting with", "accused the militias of attacking its positions",
        // "accused of directing attacks": what one side alleges, read as its accusation
        for (int m = j - 1; m >= Math.max(0, j - 4); m--) {
          String before = lemma(toks.get(m));
          if (before.equals("accuse") || before.equals("suspect") || before.equals("suspicion")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A sentence-internal boundary between {@code from} and {@code to}: a semicolon or a quote. */
  private static boolean clauseBreak(List<Token> toks, int from, int to) {
    for (int m = from + 1; m < to; m++) {
      String w = toks.get(m).word();
      if (w.equals(";") || w.equals(":") || toks.get(m).pos().equals("``")) {
        return true;
      }
    }
    return false;
  }

  /** A word of planning ("plan", "due", "going"…) in the three words before {@code j}. */
  /** Tokens {@code [from, to)} are gerunds, adjectives, adverbs or determiners ("of directing"). */
  private static boolean onlyModifiers(List<Token> toks, int from, int to) {
    for (int m = from; m < to; m++) {
      String p = toks.get(m).pos();
      if (!(p.equals("VBG") || p.startsWith("JJ") || p.equals("DT") || p.startsWith("RB"))) {
        return false;
      }
    }
    return true;
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
      Np subject = NounPhrases.subjectOf(ctx, s, t.index());
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

  private static Speaker speaker(EventContext ctx, Np np) {
    Entity e = Participants.entityOf(ctx, np);
    return new Speaker(np.text(), e == null ? null : e.id());
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
