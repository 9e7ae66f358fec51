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
          && !startsEvent(t, tok.index(), triggers)) {
        return true;
      }
    }
    return periodic(toks) || byTheWar(t, toks);
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
