package org.sitrep.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Token;

/**
 * Who did what to whom, read from the dependency tree around a trigger: for a verb in the active,
 * its subject ({@code nsubj}, shared along coordination in the enhanced graph) and object ({@code
 * obj}); in the passive, the agent ({@code obl:agent}) and the passive subject ({@code
 * nsubj:pass}); for an event noun, its possessor ({@code nmod:poss}), a "by" or "from" phrase, a
 * proper-noun or nationality modifier ({@code compound}, {@code amod}), or the subject of the light
 * verb that performs it ("Turkey launched an offensive"), the parties "between" whom it is; its
 * target, an "on"/"against" phrase. A participle adjunct without a subject of its own ("…, accusing
 * Iran of…", "…, killing three") shares its governor's actor; "at the hands of" names an agent; the
 * possessor of a noun of what is done to someone ("his killing", "the town's capture") is its
 * target unless an "of" phrase names the target. A pronoun actor, or one a pronoun possesses ("its
 * fighters"), in what a reporting verb reports is that verb's subject ("the army said its troops
 * repelled…"). Each role is a {@link Phrase}: the head's subtree without relative clauses,
 * appositions and trailing punctuation.
 */
public final class Roles {
  /** A phrase of a sentence: tokens {@code [first, end)} and its head token. */
  public record Phrase(int first, int end, int head) {}

  /**
   * The actor and target phrases of a trigger; either may be null. {@code reported} says that the
   * actor is the subject of the reporting verb the trigger's clause hangs on, taken for a pronoun.
   */
  public record Reading(Phrase actor, Phrase target, boolean reported) {
    public Reading(Phrase actor, Phrase target) {
      this(actor, target, false);
    }
  }

  /** Relations a clause hangs on the clause that reports it or that it continues. */
  private static final Set<String> CLAUSE_LINKS =
      Set.of("ccomp", "parataxis", "conj", "xcomp", "advcl", "dep");

  /** Relations a participle adjunct without its own subject hangs on its governor by. */
  private static final Set<String> ADJUNCT = Set.of("advcl", "dep", "xcomp", "conj");

  private static final Set<String> CUT =
      Set.of("acl", "appos", "parataxis", "punct", "dep", "advcl", "ccomp", "xcomp", "cc", "ref");

  /** Relations a predicate noun's own clause hangs on it by, cut from its phrase. */
  private static final Set<String> CLAUSAL =
      Set.of("cop", "nsubj", "csubj", "aux", "mark", "obj", "obl");

  private final SyntaxLexicon lex;

  public Roles(SyntaxLexicon lex) {
    this.lex = lex;
  }

  public static Roles english() {
    return new Roles(SyntaxLexicon.english());
  }

  /** The roles of the trigger headed by token {@code trigger}; both null when unparsed. */
  public Reading read(DependencyTree t, int trigger) {
    if (!t.parsed() || !t.contains(trigger)) {
      return new Reading(null, null);
    }
    Token tok = t.token(trigger);
    Reading r =
        tok.isVerb() || hasVerbalDependents(t, trigger) ? verbal(t, trigger) : nominal(t, trigger);
    r = new Reading(named(t, r.actor()), r.target(), r.reported());
    if (r.actor() != null && pronominal(t, r.actor().head())) {
      Phrase reporter = reporter(t, trigger);
      if (reporter != null) {
        return new Reading(reporter, r.target(), true);
      }
    }
    return r;
  }

  /**
   * Whether {@code actor} is the trigger's own subject in the basic tree (or the name in apposition
   * to it), not one the enhanced graph shares along a coordination the parser may have misplaced.
   */
  public static boolean ownSubject(DependencyTree t, int trigger, Phrase actor) {
    int x = actor.head();
    for (int guard = 0; guard < 3 && t.contains(x); guard++) {
      int h = t.head(x);
      String rel = t.baseRelation(x);
      if (h == trigger) {
        return rel.equals("nsubj");
      }
      if (!rel.equals("appos") && !rel.equals("nmod")) {
        return false;
      }
      x = h;
    }
    return false;
  }

  /**
   * The name an apposition gives a singular common-noun phrase ("a spokesman for the army, Col. X,
   * said"): the named party, not its role, acts.
   */
  private static Phrase named(DependencyTree t, Phrase p) {
    if (p == null || !t.token(p.head()).pos().equals("NN")) {
      return p;
    }
    for (int a : t.dependents(p.head(), "appos")) {
      if (t.head(a) == p.head() && t.token(a).isProperNoun()) {
        return phrase(t, a);
      }
    }
    for (Dependency d : t.dependents(p.head())) {
      // "a spokesman for the army, Col. X": the parser may hang the name on the "for" noun
      if (d.relation().startsWith("nmod:") && t.head(d.dependent()) == p.head()) {
        for (int a : t.dependents(d.dependent(), "appos")) {
          if (t.head(a) == d.dependent() && "PERSON".equals(t.token(a).ner())) {
            return phrase(t, a);
          }
        }
      }
    }
    return p;
  }

  /** "they", "it", or a noun a pronoun possesses ("its fighters", "his troops"). */
  private static boolean pronominal(DependencyTree t, int head) {
    if (t.token(head).pos().equals("PRP")) {
      return true;
    }
    int poss = t.dependent(head, "nmod:poss");
    return poss >= 0 && t.token(poss).pos().equals("PRP$");
  }

  /**
   * The subject of the reporting verb whose complement holds {@code trigger}'s clause ("the army
   * said [its troops had repelled…]"), or null when no reporting verb reports it.
   */
  private Phrase reporter(DependencyTree t, int trigger) {
    int x = trigger;
    for (int guard = 0; guard < 8; guard++) {
      int g = t.head(x);
      if (g < 0 || !t.contains(g)) {
        return null;
      }
      String rel = t.baseRelation(x);
      if (!CLAUSE_LINKS.contains(rel)) {
        return null;
      }
      if ((rel.equals("ccomp") || rel.equals("parataxis")) && lex.is("speech", t.lemma(g))) {
        int subj = t.dependent(g, "nsubj");
        return subj < 0 ? null : phrase(t, subj);
      }
      x = g;
    }
    return null;
  }

  private static boolean hasVerbalDependents(DependencyTree t, int v) {
    return t.dependent(v, "nsubj") >= 0 || t.dependent(v, "obj") >= 0 || t.dependent(v, "aux") >= 0;
  }

  private Reading verbal(DependencyTree t, int v) {
    int pass = t.dependent(v, "nsubj:pass");
    int by = t.dependent(v, "obl:by");
    boolean bareParticiple =
        t.token(v).pos().equals("VBN")
            && t.dependent(v, "nsubj") < 0
            && t.dependent(v, "obj") < 0
            && t.dependent(v, "aux") < 0;
    if (pass >= 0 || t.dependent(v, "aux:pass") >= 0 || bareParticiple && by >= 0) {
      // "was betrayed and arrested by soldiers": a participle sharing a passive has a "by" agent
      int agent = t.dependent(v, "obl:agent");
      if (agent < 0 && by < 0) {
        agent = misattachedAgent(t, v); // "was abducted from her home by militiamen"
      }
      return new Reading(phrase(t, agent >= 0 ? agent : by), phrase(t, pass));
    }
    int subj = t.dependent(v, "nsubj");
    int obj = t.dependent(v, "obj");
    int hands = handsOf(t, v, "obl");
    if (subj < 0 && hands >= 0) {
      subj = hands; // "were killed at the hands of militants"
    }
    if (subj < 0 && t.token(v).pos().equals("VBG") && ADJUNCT.contains(t.baseRelation(v))) {
      subj = governorActor(t, v); // "warned …, accusing Iran of…"; "struck …, killing three"
    }
    if (subj < 0 && t.baseRelation(v).equals("acl") && t.head(v) >= 0) {
      // "militants fighting in Syria": the noun a participle modifies does the act
      String pos = t.token(v).pos();
      if (pos.equals("VBG")) {
        subj = t.head(v);
      } else if (pos.equals("VBN") && obj < 0) {
        obj = t.head(v);
      }
    }
    return new Reading(phrase(t, subj), phrase(t, obj));
  }

  private Reading nominal(DependencyTree t, int n) {
    int actor = -1;
    int target = -1;
    String actorRel = null;
    for (Dependency d : t.dependents(n)) {
      String r = d.relation();
      int dep = d.dependent();
      if (actor < 0
          && (r.equals("nmod:poss")
              || r.equals("nmod:between") // "clashes between the army and the rebels"
              || r.equals("nmod:by")
              || r.equals("nmod:from")
              || r.equals("nmod:agent"))) {
        actor = dep;
        actorRel = r;
      } else if (actor < 0
          && (r.equals("compound") || r.equals("amod"))
          && (t.token(dep).isProperNoun()
              || r.equals("compound") && lex.is("party", t.lemma(dep)))) {
        actor = dep; // "a Turkish offensive", "a government offensive"
      } else if (target < 0 && (r.equals("nmod:on") || r.equals("nmod:against"))) {
        target = dep;
      } else if (actor < 0 && DependencyTree.base(r).equals("acl")) {
        // "an attack, orchestrated by the regime"
        actor = t.dependent(dep, "obl:agent");
        if (actor < 0 && t.token(dep).pos().equals("VBN")) {
          actor = t.dependent(dep, "obl:by");
        }
      }
    }
    if (actor >= 0
        && lex.is("patient-noun", t.lemma(n))
        && "nmod:poss".equals(actorRel) // the edge, which may be the enhanced graph's ("whose")
        && t.dependent(n, "nmod:of") < 0) {
      // "his killing", "the town's capture": the possessor undergoes it
      if (target < 0) {
        target = actor;
      }
      actor = -1;
    }
    if (actor < 0) {
      actor = handsOf(t, n, "nmod"); // "his killing at the hands of militants"
    }
    if (actor < 0) {
      // "Turkey launched an offensive", "the strike was carried out by jets"
      int head = t.head(n);
      String rel = t.baseRelation(n);
      if (head >= 0 && lex.is("light-object", t.lemma(head))) {
        if (rel.equals("obj")) {
          actor = t.dependent(head, "nsubj");
          if (target < 0) {
            target = t.dependent(head, "obl:against");
          }
          if (target < 0) {
            target = t.dependent(head, "obl:on");
          }
        } else if (rel.equals("nsubj")) {
          actor = t.dependent(head, "obl:agent");
        }
      }
    }
    if (target < 0) {
      target = struck(t, n);
    }
    if ((actor < 0 || target < 0)
        && t.relation(n).equals("appos")
        && t.head(n) >= 0
        && t.token(t.head(n)).isNoun()) {
      // "an improvised explosive device (IED) planted by Isis": an abbreviation has the roles of
      // the phrase it names where it has none of its own
      Reading named = nominal(t, t.head(n));
      return new Reading(
          actor >= 0 ? phrase(t, actor) : named.actor(),
          target >= 0 ? phrase(t, target) : named.target());
    }
    return new Reading(phrase(t, actor), phrase(t, target));
  }

  /**
   * What an event noun struck through the verb it is the cause of: the object when it is the
   * subject ("an airstrike hit a school"), the passive subject when it is the agent ("one of the
   * unit was killed by a bomb"); -1 when the verb is no verb of impact or names nothing struck.
   */
  private int struck(DependencyTree t, int n) {
    int head = t.head(n);
    if (head < 0 || !t.token(head).isVerb() || !lex.is("impact", t.lemma(head))) {
      return -1;
    }
    String rel = t.relation(n);
    if (rel.equals("nsubj")) {
      return t.dependent(head, "obj");
    }
    if (rel.equals("obl:agent") || rel.equals("obl:by")) {
      return t.dependent(head, "nsubj:pass");
    }
    return -1;
  }

  /**
   * A "by" phrase the parser hung on a noun of the passive verb's own phrase ("abducted from her
   * home by militiamen", read as "home by militiamen"): a home is not by anyone; the verb's agent.
   */
  private static int misattachedAgent(DependencyTree t, int v) {
    for (Dependency d : t.dependents(v)) {
      if (DependencyTree.base(d.relation()).equals("obl") && t.head(d.dependent()) == v) {
        int by = t.dependent(d.dependent(), "nmod:by");
        if (by < 0) {
          by = t.dependent(d.dependent(), "obl:by");
        }
        if (by >= 0 && t.head(by) == d.dependent()) {
          return by;
        }
      }
    }
    return -1;
  }

  /** X of "at the hands of X" hung on {@code x} by {@code rel} ("obl" or "nmod"), or -1. */
  private int handsOf(DependencyTree t, int x, String rel) {
    for (int h : t.dependents(x, rel + ":at")) {
      if (lex.is("agent-frame", t.lemma(h))) {
        int of = t.dependent(h, "nmod:of");
        if (of >= 0) {
          return of;
        }
      }
    }
    return -1;
  }

  /**
   * The actor of the verb a participle adjunct hangs on: its subject in the active, its agent in
   * the passive (the patient of "the market was shelled, killing 12" did not kill).
   */
  private int governorActor(DependencyTree t, int v) {
    int x = v;
    for (int guard = 0; guard < 4; guard++) {
      int g = t.head(x);
      if (g < 0 || !t.contains(g) || !ADJUNCT.contains(t.baseRelation(x))) {
        return -1;
      }
      for (int said : t.dependents(g, "parataxis")) {
        if (said > g && said < v && lex.is("speech", t.lemma(said))) {
          // "people arrived, the agency said, appealing for food": the parser hangs the adjunct on
          // the reported clause, but it follows, and goes with, the reporting one
          int subj = t.dependent(said, "nsubj");
          if (subj >= 0) {
            return subj;
          }
        }
      }
      if (t.token(g).isVerb()) {
        if (t.dependent(g, "nsubj:pass") >= 0 || t.dependent(g, "aux:pass") >= 0) {
          return t.dependent(g, "obl:agent");
        }
        int subj = t.dependent(g, "nsubj");
        if (subj >= 0) {
          return subj;
        }
      }
      x = g;
    }
    return -1;
  }

  /**
   * A word joined to its head by a hyphen, which the parser may leave unattached: "Kurdish-led".
   */
  private static boolean hyphened(DependencyTree t, int dependent, int head) {
    return dependent + 2 == head
        && t.contains(dependent + 1)
        && t.token(dependent + 1).word().equals("-")
        && Character.isLetterOrDigit(t.token(dependent).word().charAt(0));
  }

  /** The phrase headed by {@code head}, or null for -1. */
  public static Phrase phrase(DependencyTree t, int head) {
    if (head < 0 || !t.contains(head)) {
      return null;
    }
    int lo = head;
    int hi = head;
    List<Integer> stack = new ArrayList<>(List.of(head));
    int guard = 0;
    while (!stack.isEmpty() && guard++ < 400) {
      int x = stack.remove(stack.size() - 1);
      for (Dependency d : t.dependents(x)) {
        int c = d.dependent();
        if (d.extra() || t.head(c) != x || c == x) {
          continue;
        }
        String b = DependencyTree.base(d.relation());
        if ((CUT.contains(b) && !hyphened(t, c, x)) || d.relation().equals("acl:relcl")) {
          continue;
        }
        if (x == head && CLAUSAL.contains(b)) {
          continue; // "Most are Kurds": the predicate noun, not its clause
        }
        if (x == head && b.equals("case")) {
          continue; // "by gunmen": the phrase, not its preposition
        }
        if (b.equals("nmod")
            && !(t.token(x).isProperNoun() && t.token(c).isProperNoun())
            && !d.relation().equals("nmod:poss")
            && !d.relation().equals("nmod:of")) {
          continue; // "gunmen near the border"; but "Observatory for Human Rights" stays whole
        }
        lo = Math.min(lo, c);
        hi = Math.max(hi, c);
        stack.add(c);
      }
    }
    // a conjunct phrase keeps its conjunction ("Syria and Russia"): cc between lo and hi stays
    while (lo < hi && isEdgePunct(t.token(lo))) {
      lo++;
    }
    while (hi > lo && isEdgePunct(t.token(hi))) {
      hi--;
    }
    return new Phrase(lo, hi + 1, head);
  }

  private static boolean isEdgePunct(Token tok) {
    String p = tok.pos();
    return p.equals(",")
        || p.equals(".")
        || p.equals(":")
        || p.equals("``")
        || p.equals("''")
        || p.equals("-LRB-")
        || p.equals("-RRB-")
        || p.equals("POS");
  }
}
