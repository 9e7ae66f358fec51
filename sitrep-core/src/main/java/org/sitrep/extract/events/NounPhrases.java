package org.sitrep.extract.events;

import static org.sitrep.extract.text.Phrases.lemma;

import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.syntax.Roles;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Noun phrases around a trigger, read from parts of speech without a parser: the subject before a
 * verb (past auxiliaries, asides and appositions), the object after it, the passive agent ("by X"),
 * the possessive or nationality before a noun ("Russia's onslaught"), and the entity a pronoun
 * stands for.
 */
final class NounPhrases {
  private NounPhrases() {}

  private static boolean npToken(Token t) {
    String p = t.pos();
    return p.startsWith("NN")
        || p.startsWith("JJ")
        || p.equals("DT")
        || p.equals("CD")
        || p.equals("POS")
        || p.equals("PRP$")
        || t.word().equals("-")
        || t.word().equals("&");
  }

  /** The noun phrase that ends just before token {@code index} (skipping auxiliaries). */
  static Np subjectOf(EventContext ctx, Sentence s, int index) {
    return subjectOf(ctx, s, index, 0);
  }

  private static Np subjectOf(EventContext ctx, Sentence s, int index, int depth) {
    int first = s.firstToken();
    int j = index - 1;
    while (j >= first) {
      Token t = ctx.tokens.get(j);
      String l = lemma(t);
      if (Phrases.AUX.contains(l)
          || t.pos().equals("RB")
          || t.pos().equals("MD")
          || t.pos().equals("``")
          || t.pos().equals("''")
          || TIME_WORDS.contains(l)) {
        j--; // "had ''fled''", "Zelensky today again called on"
        continue;
      }
      if ((t.pos().equals("WDT") || t.pos().equals("WP") || l.equals("that")) && j - 1 >= first) {
        j--;
        if (ctx.tokens.get(j).word().equals(",")) {
          j--;
        }
        continue;
      }
      int opening = openingOfAside(ctx, first, j);
      if (opening > first) {
        j = opening - 1; // "Putin – who today made an appearance – warned…"
        continue;
      }
      break;
    }
    if (j < first) {
      return null;
    }
    Token t = ctx.tokens.get(j);
    if (t.pos().equals("PRP")) {
      return new Np(j, j + 1, t.word(), lemma(t), true, false);
    }
    if (t.word().equals(",") && j - 1 >= first) {
      int p = j - 1;
      while (p >= first
          && POSITION_WORDS.contains(ctx.tokens.get(p).word().toLowerCase(Locale.ROOT))) {
        p--;
      }
      if (p < j - 1 && p > first && ctx.tokens.get(p).word().equals(",")) {
        // a photo caption's position: "VOA reporter Ayesha Tanzeem, right, meets with…"
        return subjectOf(ctx, s, p, depth + 1);
      }
      // an apposition: "Their spokesman, Brig. Gen. Hamoud al-Ansi, said" names the speaker
      int k = j - 1;
      while (k >= first && npToken(ctx.tokens.get(k))) {
        k--;
      }
      if (k >= first && k < j - 1 && j - 1 - k <= 8 && ctx.tokens.get(k).word().equals(",")) {
        Np inner = np(ctx, k + 1, j);
        Np outer = k - 1 >= first ? subjectOf(ctx, s, k + 1, 1) : null;
        boolean innerNamed = hasProperNoun(ctx, k + 1, j);
        boolean outerNamed = outer != null && hasProperNoun(ctx, outer.first(), outer.end());
        // "Their spokesman, Hamoud al-Ansi, said": the name; "Solomiya Zdryko, 18, said" and
        // "Marguerite Kaboré, the coordinator, said": the name before the comma
        return innerNamed && !outerNamed || outer == null ? inner : outer;
      }
      return null;
    }
    if ((t.word().equals("and") || t.word().equals("but")) && depth == 0) {
      // a coordinated verb shares the subject of the one before: "X said … and warned …"
      int nearest = -1;
      for (int k = j - 1; k >= first; k--) {
        Token v = ctx.tokens.get(k);
        String pos = v.pos();
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
          if (Phrases.SPEECH.contains(lemma(v))) {
            // "X said [the army had lost the town] and warned": the speaker's verb
            return subjectOf(ctx, s, k, 1);
          }
          if (nearest < 0) {
            nearest = k;
          }
        }
      }
      return nearest < 0 ? null : subjectOf(ctx, s, nearest, 1);
    }
    // skip an apposition or a time phrase ending in a comma: "X, 38, a teacher, said"
    if (!npToken(t)) {
      return null;
    }
    int end = j + 1;
    int start = j;
    while (start - 1 >= first) {
      Token p = ctx.tokens.get(start - 1);
      if (npToken(p)) {
        start--;
      } else if (p.word().equals("and")
          && start - 2 >= first
          && ctx.tokens.get(start - 2).isNoun()) {
        start--;
      } else if (p.word().equals("of")
          && start - 2 >= first
          && ctx.tokens.get(start - 2).isNoun()
          && end - start <= 3) {
        start--;
      } else {
        break;
      }
    }
    return np(ctx, start, end);
  }

  /** "Solomiya Zdryko, 18,": a person given an age is a member of the public, not an official. */
  static boolean agedApposition(EventContext ctx, Np np) {
    int j = np.end();
    return j + 2 < ctx.tokens.size()
        && ctx.tokens.get(j).word().equals(",")
        && ctx.tokens.get(j + 1).pos().equals("CD")
        && ctx.tokens.get(j + 2).word().equals(",");
  }

  private static boolean hasProperNoun(EventContext ctx, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ctx.tokens.get(i).pos().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> POSITION_WORDS =
      Set.of(
          "left",
          "right",
          "center",
          "centre",
          "second",
          "third",
          "from",
          "top",
          "bottom",
          "front",
          "back",
          "rear",
          "foreground",
          "background",
          "l",
          "r",
          "c",
          "(",
          ")",
          "-lrb-",
          "-rrb-");

  private static final Set<String> TIME_WORDS =
      Set.of("today", "tonight", "yesterday", "tomorrow", "overnight", "later", "earlier");

  private static final Set<String> DASHES = Set.of("-", "--", "–", "—");

  /**
   * When token {@code j} closes an aside — a dash or bracket pair, or a comma after a relative
   * clause opened by ", who" / ", which" — the index of the token that opens it; else -1.
   */
  private static int openingOfAside(EventContext ctx, int first, int j) {
    String w = ctx.tokens.get(j).word();
    boolean dash = DASHES.contains(w);
    boolean bracket = w.equals(")") || w.equals("-RRB-");
    boolean comma = w.equals(",");
    if (!dash && !bracket && !comma) {
      return -1;
    }
    for (int k = j - 1; k >= Math.max(first, j - 30); k--) {
      String o = ctx.tokens.get(k).word();
      if (dash && DASHES.contains(o)
          || bracket && (o.equals("(") || o.equals("-LRB-"))
          || comma
              && o.equals(",")
              && k + 1 < j
              && Phrases.set("who", "which").contains(ctx.tokens.get(k + 1).word())) {
        return k;
      }
      if (comma && o.equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /** The noun phrase ending at token {@code end} (exclusive), with coordinated nouns. */
  static Np phraseEndingAt(EventContext ctx, Sentence s, int end) {
    int first = s.firstToken();
    int start = end - 1;
    while (start - 1 >= first) {
      Token p = ctx.tokens.get(start - 1);
      if (npToken(p)
          || p.word().equals("and") && start - 2 >= first && npToken(ctx.tokens.get(start - 2))) {
        start--;
      } else {
        break;
      }
    }
    return np(ctx, start, end);
  }

  /** The subject of the first finite verb before token {@code index}, or null. */
  static Np clauseSubject(EventContext ctx, Sentence s, int index) {
    for (int k = s.firstToken(); k < index; k++) {
      String pos = ctx.tokens.get(k).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
        Np np = subjectOf(ctx, s, k);
        return np == null || np.pronoun() ? null : np;
      }
    }
    return null;
  }

  /** The noun phrase starting at or just after token {@code index} (a verb's object). */
  static Np objectOf(EventContext ctx, Sentence s, int index) {
    int last = s.lastToken();
    int j = index;
    while (j <= last) {
      Token t = ctx.tokens.get(j);
      if (t.pos().equals("RP") || t.pos().equals("RB") || lemma(t).equals("on") && j == index) {
        j++;
        continue;
      }
      break;
    }
    return npAt(ctx, s, j);
  }

  static Np npAt(EventContext ctx, Sentence s, int j) {
    int last = s.lastToken();
    if (j > last) {
      return null;
    }
    Token t = ctx.tokens.get(j);
    if (t.pos().equals("PRP")) {
      return new Np(j, j + 1, t.word(), lemma(t), true, false);
    }
    int start = j;
    int end = j;
    while (end <= last && npToken(ctx.tokens.get(end))) {
      end++;
      // stop at the head of a simple phrase: "the army said" should not run on
    }
    // "the city of X", "members of the group"
    if (end <= last - 1
        && ctx.tokens.get(end).word().equals("of")
        && ctx.tokens.get(end + 1).pos().matches("NNP.*|DT|CD|JJ|NN.*")) {
      int e2 = end + 1;
      while (e2 <= last && npToken(ctx.tokens.get(e2))) {
        e2++;
      }
      if (e2 - end <= 5) {
        end = e2;
      }
    }
    if (end == start) {
      return null;
    }
    return np(ctx, start, end);
  }

  /** "by X" after a passive verb or a nominal trigger. */
  static Np agentOf(EventContext ctx, Sentence s, int index) {
    int last = s.lastToken();
    for (int j = index; j <= Math.min(last, index + 6); j++) {
      Token t = ctx.tokens.get(j);
      if (t.word().equals("by")) {
        return npAt(ctx, s, j + 1);
      }
      if (t.word().equals(",") || t.word().equals(".") || t.isVerb()) {
        return null;
      }
    }
    return null;
  }

  /** "Russia's onslaught", "Russian shelling", "RSF assault". */
  static Np nominalActor(EventContext ctx, Sentence s, Hit h) {
    int first = s.firstToken();
    int j = h.first() - 1;
    // skip adjectives ("renewed", "heavy") and weapon words ("drone") between modifier and
    // trigger: "Russia's renewed onslaught", "an Israeli drone strike"
    while (j >= first
        && (ctx.tokens.get(j).pos().startsWith("JJ")
                && Demonyms.country(ctx.tokens.get(j).word()).isEmpty()
                && !ctx.tokens.get(j).isCapitalised()
            || !ctx.tokens.get(j).isCapitalised()
                && (Phrases.WEAPONS.contains(lemma(ctx.tokens.get(j)))
                    || Phrases.AIR.contains(lemma(ctx.tokens.get(j)))))) {
      j--;
    }
    if (j < first) {
      return null;
    }
    Token t = ctx.tokens.get(j);
    if (inDate(ctx, j) || t.pos().equals("POS") && j > first && inDate(ctx, j - 1)) {
      return null; // "a Feb. 14 meeting", "Tuesday's attack": a date, not who acted
    }
    if (t.pos().equals("POS")) {
      int end = j;
      int start = end;
      while (start - 1 >= first
          && (ctx.tokens.get(start - 1).isNoun()
              || ctx.tokens.get(start - 1).pos().startsWith("JJ"))) {
        start--;
      }
      return start < end ? np(ctx, start, end) : null;
    }
    if (t.isProperNoun() || Demonyms.country(t.word()).isPresent() && t.isCapitalised()) {
      int end = j + 1;
      int start = j;
      while (start - 1 >= first && ctx.tokens.get(start - 1).isProperNoun()) {
        start--;
      }
      return np(ctx, start, end);
    }
    return null;
  }

  /** Whether token {@code i} lies in one of the document's date expressions. */
  private static boolean inDate(EventContext ctx, int i) {
    Token t = ctx.tokens.get(i);
    for (TimeExpression d : ctx.dates) {
      if (d.span().start() <= t.start() && t.end() <= d.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TRAILING_TIME =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "night",
          "morning",
          "evening",
          "afternoon",
          "today",
          "yesterday",
          "tonight",
          "overnight",
          "last",
          "this");

  /**
   * The noun phrase of a phrase the dependency tree found ({@link Roles.Phrase}); a pronoun stays a
   * pronoun for later resolution. Null for null.
   */
  static Np fromTree(EventContext ctx, Roles.Phrase p) {
    if (p == null) {
      return null;
    }
    Token head = ctx.tokens.get(p.head());
    if (inDate(ctx, p.head())) {
      return null; // "a Feb. 14 meeting", "Tuesday's attack": when, not who
    }
    if (head.isPronoun() || head.pos().equals("WP") || head.pos().equals("WDT")) {
      return new Np(p.head(), p.head() + 1, head.word(), lemma(head), true, false);
    }
    return np(ctx, p.first(), p.end());
  }

  private static Np np(EventContext ctx, int start, int end) {
    // drop leading determiners, bullets and trailing possessive
    while (start < end
        && (ctx.tokens.get(start).pos().equals("DT")
            || !Character.isLetterOrDigit(ctx.tokens.get(start).word().charAt(0))
            || ctx.tokens.get(start).pos().equals("PRP$"))) {
      start++;
    }
    while (end > start && ctx.tokens.get(end - 1).pos().equals("POS")) {
      end--;
    }
    // and a trailing time: "intelligence forces Monday night"
    while (end - 1 > start
        && TRAILING_TIME.contains(ctx.tokens.get(end - 1).word().toLowerCase(Locale.ROOT))) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    boolean number = false;
    String head = null;
    for (int j = start; j < end; j++) {
      Token t = ctx.tokens.get(j);
      if (t.pos().equals("CD")) {
        number = true;
      }
      if (t.isNoun() || t.pos().startsWith("JJ") && head == null) {
        head = lemma(t);
      }
      if (t.word().equals("of") && head != null) {
        break;
      }
    }
    String text = ctx.text.substring(ctx.tokens.get(start).start(), ctx.tokens.get(end - 1).end());
    return new Np(start, end, text, head, false, number);
  }

  static boolean isPassive(EventContext ctx, int index) {
    Token t = ctx.tokens.get(index);
    if (!t.pos().equals("VBN") && !(t.pos().equals("JJ") && t.word().endsWith("ed"))) {
      return false;
    }
    for (int j = index - 1; j >= Math.max(0, index - 4); j--) {
      Token p = ctx.tokens.get(j);
      String l = lemma(p);
      if (l.equals("be") || l.equals("get")) {
        return true;
      }
      if (l.equals("have")) {
        return false;
      }
      if (!(p.pos().startsWith("RB") || p.pos().equals("MD") || Phrases.AUX.contains(l))) {
        // reduced relative: "soldiers captured at a checkpoint"; but a verb the tagger read as a
        // participle that takes an object is active: "soldiers detained about 40 men"
        return p.isNoun() && !takesObject(ctx, index + 1);
      }
    }
    return false;
  }

  private static boolean takesObject(EventContext ctx, int next) {
    if (next >= ctx.tokens.size()) {
      return false;
    }
    Token n = ctx.tokens.get(next);
    String w = n.word().toLowerCase(Locale.ROOT);
    return Phrases.set("DT", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS").contains(n.pos())
        || Phrases.set("about", "nearly", "almost", "around", "some", "over", "more", "at")
                .contains(w)
            && next + 1 < ctx.tokens.size()
            && Phrases.set("CD", "JJR", "JJS", "RBS").contains(ctx.tokens.get(next + 1).pos());
  }

  private static final java.util.Set<String> FIRST_AND_SECOND_PERSON =
      java.util.Set.of("i", "we", "you", "me", "us");

  static Np resolvePronoun(EventContext ctx, Np np) {
    String w = np.text().toLowerCase(Locale.ROOT);
    if (FIRST_AND_SECOND_PERSON.contains(w)) {
      return np; // "I urge…" inside a quotation: the quotation's speaker, read later
    }
    int at = ctx.tokens.get(np.first()).start();
    Mention best = null;
    Entity bestEntity = null;
    for (Entity e : ctx.entities) {
      boolean person = e.kind() == org.sitrep.model.EntityKind.PERSON;
      if ((w.equals("he") || w.equals("she")) != person) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= at && (best == null || m.end() > best.end())) {
          best = m;
          bestEntity = e;
        }
      }
    }
    if (bestEntity == null) {
      return np;
    }
    return new Np(np.first(), np.end(), bestEntity.name(), null, false, false);
  }
}
