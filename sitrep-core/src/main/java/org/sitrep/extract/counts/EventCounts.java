package org.sitrep.extract.counts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.syntax.SyntaxLexicon;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Count;
import org.sitrep.model.Dependency;
import org.sitrep.model.Event;
import org.sitrep.model.Token;
import org.sitrep.taxonomy.CountKind;
import org.sitrep.taxonomy.EventType;
import org.sitrep.taxonomy.Family;

/**
 * The figures of a sentence ({@link CountFinder}) given to its events: killed and injured to an
 * attack, arrested to a detention, evacuated to an evacuation…; and the sentences that give a
 * running total over a period ({@link #isCumulative}), whose dead and injured are no event's
 * figure.
 */
public final class EventCounts {
  private EventCounts() {}

  /**
   * Counts found in one sentence; {@code background} are those of an earlier act the sentence
   * recalls ({@link TreeCounts#background}), which tell that the sentence speaks of harm but are no
   * figure of its events.
   */
  public record Counts(List<CountFinder.Found> found, List<CountFinder.Found> background) {
    public Counts(List<CountFinder.Found> found) {
      this(found, List.of());
    }

    /** The figures its events may take: those found, less the background ones. */
    public List<CountFinder.Found> own() {
      if (background.isEmpty()) {
        return found;
      }
      List<CountFinder.Found> out = new ArrayList<>(found);
      out.removeAll(background);
      return out;
    }
  }

  /** Gives each figure of the sentence to the event whose family fits its kind best, if any. */
  public static List<Event> attachCounts(List<Event> events, Counts counts) {
    List<CountFinder.Found> own = counts.own();
    if (own.isEmpty() || events.isEmpty()) {
      return events;
    }
    Map<Event, List<Count>> extra = new HashMap<>();
    for (CountFinder.Found f : own) {
      Event target = null;
      int best = 0;
      for (Event e : events) {
        int fit = fit(f.kind(), EventType.expect(e.type()).family());
        if (fit > best) {
          best = fit;
          target = e;
        }
      }
      if (target == null) {
        continue;
      }
      extra.computeIfAbsent(target, k -> new ArrayList<>()).add(f.count());
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<Count> add = extra.get(e);
      if (add == null) {
        out.add(e);
        continue;
      }
      List<Count> all = new ArrayList<>(e.counts());
      all.addAll(add);
      out.add(e.withCounts(all));
    }
    return out;
  }

  private static int fit(CountKind kind, Family f) {
    return switch (kind) {
      case KILLED, INJURED, MISSING ->
          f == Family.ATTACK
              ? 5
              : f == Family.CLASH ? 4 : f == Family.TERRITORY ? 2 : f == Family.PROTEST ? 2 : 0;
      case CAPTURED, ARRESTED -> f == Family.DETENTION ? 5 : f == Family.TERRITORY ? 2 : 0;
      case EVACUATED, PLANNED_EVACUEES ->
          f == Family.EVACUATION ? 5 : f == Family.DISPLACEMENT ? 3 : f == Family.CEASEFIRE ? 1 : 0;
      case DISPLACED, REFUGEES -> f == Family.DISPLACEMENT ? 5 : f == Family.EVACUATION ? 2 : 0;
      case OTHER -> 0;
    };
  }

  /**
   * {@link #isCumulative(List)}, with the tree's word on "since": a toll is a running total when
   * "since" hangs on the casualty predicate itself ("300 have died since the war began", "killed
   * since January"), not when it dates another clause ("a town held by militias since 2019, where a
   * car bomb killed five").
   */
  public static boolean isCumulative(DependencyTree t, List<Token> toks) {
    return isCumulative(t, toks, List.of());
  }

  /**
   * {@link #isCumulative(DependencyTree, List)}, where a "since" clause whose verb, subject or
   * object is one of the sentence's own attack or clash triggers (token indexes in {@code
   * triggers}) dates that event's start, so the toll is the event's own: "since Turkey launched its
   * offensive, 230 civilians have died".
   */
  public static boolean isCumulative(DependencyTree t, List<Token> toks, List<Integer> triggers) {
    if (!t.parsed()) {
      return isCumulative(toks);
    }
    for (Token tok : toks) {
      if (tok.word().equalsIgnoreCase("since")
          && onCasualty(t, tok.index())
          && !startsEvent(t, tok.index(), triggers)
          && !comparison(toks, toks.indexOf(tok))) {
        return true;
      }
    }
    return periodic(toks) || byTheWar(t, toks);
  }

  /** How many words before "since" a superlative still owns it. */
  private static final int SUPERLATIVE_REACH = 8;

  /**
   * Whether the "since" at position {@code k} of the sentence ends a superlative's comparison: "the
   * single deadliest incident for Moscow since it intervened", "the worst attack since 2016". The
   * period is the yardstick of the comparison, not of the toll, whatever the parser hung it on.
   */
  private static boolean comparison(List<Token> toks, int k) {
    for (int j = k - 1; j >= Math.max(0, k - SUPERLATIVE_REACH); j--) {
      Token w = toks.get(j);
      if (w.isVerb() || w.pos().equals(",")) {
        return false;
      }
      if (w.pos().equals("JJS") || w.pos().equals("RBS") || w.lemma().equals("first")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a casualty predicate of the sentence has a whole war for its subject or its setting:
   * "Syria's conflict has killed more than 230,000 people", "with the ongoing war killing at least
   * 3,000", "150,000 have been killed in the civil war" (the {@code war} role of {@code
   * syntax.tsv}). Its dead are the war's, no event's.
   */
  private static boolean byTheWar(DependencyTree t, List<Token> toks) {
    SyntaxLexicon words = SyntaxLexicon.english();
    for (Token tok : toks) {
      int x = tok.index();
      if (!tok.isVerb() || !casualty(t, x)) {
        continue;
      }
      for (int subject : t.dependents(x, "nsubj")) {
        if (words.is("war", t.lemma(subject))) {
          return true;
        }
      }
      for (int setting : t.dependents(x, "obl")) {
        int prep = t.dependent(setting, "case");
        if (prep >= 0
            && Phrases.set("in", "during", "throughout").contains(t.word(prep))
            && words.is("war", t.lemma(setting))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A toll in the present perfect that the sentence neither dates nor pins on one of its acts:
   * "more than 300,000 people have been killed", "327 people have also been killed in clashes in
   * the province", "the group has reported hundreds of civilians killed in operations against IS".
   * Its dead are a running total over a period the text leaves open. The caller checks that the
   * sentence has no date of its own. A toll whose subject or cause is one of the sentence's attack
   * or clash triggers (token indexes in {@code triggers}: "have been killed in the bombardment of
   * Afrin", "the strikes have killed 122") stays that act's, as does one whose period a "since"
   * clause starts with an event ("since Turkey launched its offensive, 230 civilians have died"),
   * or whose cause is a definite "the clashes".
   */
  public static boolean isUndatedPerfectTotal(
      DependencyTree t, List<Token> toks, List<Integer> triggers) {
    if (!t.parsed()) {
      return false;
    }
    for (Token tok : toks) {
      if (tok.word().equalsIgnoreCase("since") && startsEvent(t, tok.index(), triggers)) {
        return false;
      }
    }
    for (Token tok : toks) {
      int x = tok.index();
      if (tok.pos().equals("VBN")
          && casualty(t, x)
          && perfect(t, x)
          && !pinnedOnAnAct(t, x, triggers)) {
        return true;
      }
    }
    return false;
  }

  /** "have been killed", "has killed", or "has reported … killed": a present perfect. */
  private static boolean perfect(DependencyTree t, int x) {
    for (int v = x, guard = 0; guard < 2 && v >= 0 && t.contains(v); guard++, v = t.head(v)) {
      for (int aux : t.dependents(v, "aux")) {
        String pos = t.token(aux).pos();
        if (t.lemma(aux).equals("have") && (pos.equals("VBP") || pos.equals("VBZ"))) {
          return true;
        }
      }
      String up = t.baseRelation(v);
      if (!up.equals("dep") && !up.equals("ccomp") && !up.equals("xcomp") && !up.equals("acl")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the casualty verb is pinned on an act: its active subject ("the rebel fire has killed
   * 21", "ISIS has executed 367"), an "as"/"when" clause with an act of the sentence in it, or a
   * cause ("in", "by", "during", "amid") that is one of the sentence's triggers or a definite noun
   * ("in the ongoing bombing campaign"). An indefinite campaign noun of {@code syntax.tsv} ("in
   * clashes", "fighting has killed"), a place ("in Aleppo province") or no cause at all leave the
   * toll open.
   */
  private static boolean pinnedOnAnAct(DependencyTree t, int x, List<Integer> triggers) {
    SyntaxLexicon words = SyntaxLexicon.english();
    List<Dependency> deps = new ArrayList<>(t.dependents(x));
    for (int v : t.dependents(x, "conj")) {
      if (t.token(v).isVerb()) {
        for (Dependency d :
            t.dependents(v)) { // "killed and thousands more injured in the campaign"
          if (DependencyTree.base(d.relation()).equals("obl")) {
            deps.add(d);
          }
        }
      }
    }
    boolean transitive = t.dependent(x, "obj") >= 0;
    for (int o : t.dependents(x, "obl")) {
      int prep = t.dependent(o, "case");
      if (prep >= 0 && words.is("approximator", t.word(prep).toLowerCase(Locale.ROOT))) {
        transitive = true; // "has executed around 412 people", "around" read as a preposition
      }
    }
    for (Dependency d : deps) {
      String rel = DependencyTree.base(d.relation());
      int n = d.dependent();
      if (rel.equals("advcl")) {
        if (t.token(n).isVerb() && triggers.stream().anyMatch(g -> below(t, g, n, 3))) {
          return true; // "have been killed as troops stepped up attacks"
        }
        continue;
      }
      boolean subject = rel.equals("nsubj") && transitive;
      boolean cause = false;
      if (rel.equals("obl")) {
        int prep = t.dependent(n, "case");
        cause =
            d.relation().equals("obl:agent")
                || prep >= 0 && Phrases.set("in", "by", "during", "amid").contains(t.word(prep));
      }
      if (!subject && !cause) {
        continue;
      }
      boolean campaign = words.is("campaign", t.lemma(n)) || words.is("war", t.lemma(n));
      if (triggers.contains(n) && !campaign) {
        return true;
      }
      if (definite(t, n)) {
        if (subject || campaign || !setting(t, n)) {
          return true; // "the clashes", "the ongoing bombing campaign"; not "the province of Idlib"
        }
      } else if (subject && !campaign) {
        return true; // "ISIS has executed 367": a party's act
      }
    }
    return false;
  }

  /** Whether token {@code g} is {@code top} or at most {@code depth} heads below it. */
  private static boolean below(DependencyTree t, int g, int top, int depth) {
    for (int x = g, k = 0; k <= depth && x >= 0 && t.contains(x); k++, x = t.head(x)) {
      if (x == top) {
        return true;
      }
    }
    return false;
  }

  private static boolean definite(DependencyTree t, int n) {
    if (t.dependent(n, "nmod:poss") >= 0) {
      return true;
    }
    for (int det : t.dependents(n, "det")) {
      if (Phrases.set("the", "this", "these", "that", "those")
          .contains(t.word(det).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A place named as setting: a proper noun, or a noun a proper noun qualifies. */
  private static boolean setting(DependencyTree t, int n) {
    if (t.token(n).isProperNoun()) {
      return true;
    }
    for (Dependency d : t.dependents(n)) {
      String rel = DependencyTree.base(d.relation());
      if ((rel.equals("compound") || rel.equals("nmod")) && t.token(d.dependent()).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause "since" introduces is one of the sentence's events or its start. */
  private static boolean startsEvent(DependencyTree t, int since, List<Integer> triggers) {
    if (!t.baseRelation(since).equals("mark")) {
      return false; // "since 2011", "since January": a period, no event
    }
    int clause = t.head(since);
    if (casualty(t, clause)) {
      return false; // "since then, 300 have been killed": the toll's own clause, a period
    }
    for (int trigger : triggers) {
      if (trigger == clause) {
        return true; // "since the army attacked"
      }
      String rel = t.baseRelation(trigger);
      if (t.head(trigger) == clause && (rel.equals("nsubj") || rel.equals("obj"))) {
        return true; // "since the offensive began", "since Turkey launched its offensive"
      }
    }
    return false;
  }

  private static boolean onCasualty(DependencyTree t, int since) {
    String rel = t.baseRelation(since);
    if (rel.equals("mark") && casualty(t, t.head(since))) {
      return true; // "since then, 300 people have been killed": no clause of its own
    }
    int x = rel.equals("case") || rel.equals("mark") ? t.head(t.head(since)) : t.head(since);
    for (int guard = 0; guard < 3 && x >= 0 && t.contains(x); guard++) {
      if (casualty(t, x)) {
        return true;
      }
      String up = t.baseRelation(x);
      // "520 airstrikes since 21 May have killed 229 civilians": the period of the subject is
      // the toll's
      if (!up.equals("conj") && !up.equals("xcomp") && !up.equals("ccomp") && !up.equals("nsubj")) {
        return false;
      }
      x = t.head(x);
    }
    return false;
  }

  /** Whether token {@code x} is a casualty predicate: a word of death or injury, or "toll". */
  private static boolean casualty(DependencyTree t, int x) {
    if (x < 0 || !t.contains(x)) {
      return false;
    }
    CountKind k = CountFinder.kindOfLemma(t.lemma(x));
    return k == CountKind.KILLED || k == CountKind.INJURED || t.lemma(x).equals("toll");
  }

  /**
   * A sentence that gives a running total over a period rather than one event's toll: "since
   * April", "has since killed", "in the past two weeks", "over the past four years", "so far this
   * year" (without a tree, any "since" counts).
   */
  public static boolean isCumulative(List<Token> toks) {
    for (Token tok : toks) {
      if (tok.word().equalsIgnoreCase("since")) {
        return true;
      }
    }
    return periodic(toks);
  }

  /** "in the past two weeks", "over the past four years", "so far this year". */
  private static boolean periodic(List<Token> toks) {
    for (int k = 0; k < toks.size(); k++) {
      String w = toks.get(k).word().toLowerCase(Locale.ROOT);
      if ((w.equals("past") || w.equals("last"))
          && k > 0
          && Phrases.set("the", "over", "in", "during")
              .contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT))) {
        for (int j = k + 1; j < Math.min(toks.size(), k + 4); j++) {
          String u = toks.get(j).word().toLowerCase(Locale.ROOT);
          if (Phrases.set("weeks", "months", "years", "days", "decade", "year", "month")
              .contains(u)) {
            return true;
          }
        }
      }
      if (w.equals("so")
          && k + 1 < toks.size()
          && toks.get(k + 1).word().equals("far")
          && k + 2 < toks.size()
          && toks.get(k + 2).word().equalsIgnoreCase("this")) {
        return true;
      }
    }
    return false;
  }
}
