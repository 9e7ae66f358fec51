package org.sitrep.extract.syntax;

import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Token;

/**
 * Whether a trigger is reported as real, read from the dependency tree: the trigger's own
 * dependents (negation, modal and future auxiliaries, conditional marks) and the chain of heads
 * above it (an irrealis governor: "threatened to attack", "calls for talks"; a generic nominal
 * governor: "an end to the fighting"; a denial: "denied shelling"; a relative clause in the past
 * perfect: background). Coordination passes scope on from the first conjunct's head, not from the
 * first conjunct itself ("did not shell X but attacked Y": the attack is real).
 */
public final class Scope {
  /** What the tree says of a trigger. */
  public enum Reading {
    /** Nothing in the tree makes it unreal. */
    REAL,
    /** Negated: "did not attack", "no attacks", "without a fight", "denied shelling". */
    NEGATED,
    /** Under a condition, a modal, a question or an irrealis governor. */
    HYPOTHETICAL,
    /** Under a future auxiliary or a planning governor: "will meet", "plans to evacuate". */
    PLANNED,
    /** Under a governor of intent or permission: "to allow 200,000 to flee", "urged talks". */
    INTENDED,
    /** What another act was for: "flew to Cairo to meet the envoy", "launched a raid to free". */
    PURPOSE,
    /** Alleged by someone: "accused the army of shelling the town". */
    ALLEGED,
    /** A kind or a count of events, not a report of one: "an end to the fighting". */
    GENERIC,
    /** Background: a relative clause in the past perfect ("people who had fled"). */
    BACKGROUND,
    /** A participle modifying a noun: "retreating fighters", "the besieged areas". */
    MODIFIER
  }

  /** How far up the tree a governor still scopes over the trigger. */
  private static final int MAX_STEPS = 5;

  /** Relations along which a governor's scope reaches its dependent. */
  private static final Set<String> SCOPED =
      Set.of("xcomp", "ccomp", "csubj", "obj", "iobj", "nmod", "obl", "acl", "advcl", "nsubj");

  private final SyntaxLexicon lex;

  public Scope(SyntaxLexicon lex) {
    this.lex = lex;
  }

  public static Scope english() {
    return new Scope(SyntaxLexicon.english());
  }

  /** The reading of the trigger whose head token is {@code trigger}; REAL when unparsed. */
  public Reading read(DependencyTree t, int trigger) {
    if (!t.parsed() || !t.contains(trigger)) {
      return Reading.REAL;
    }
    Reading r = reading(t, trigger);
    if ((r == Reading.HYPOTHETICAL
            || r == Reading.INTENDED
            || r == Reading.PLANNED
            || r == Reading.PURPOSE
            || r == Reading.ALLEGED)
        && toldInThePast(t, trigger)) {
      // "would condemn the August 21 attack, which killed 1,400": the relative clause reports the
      // attack as fact, whatever the sentence around it wants done about it (a negation or a
      // denial above it still counts: "no evidence of an attack that…")
      return Reading.REAL;
    }
    return r;
  }

  private Reading reading(DependencyTree t, int trigger) {
    String rel = t.relation(trigger);
    String pos = t.token(trigger).pos();
    if (DependencyTree.base(rel).equals("amod")
        && (pos.equals("VBN") || pos.equals("VBG") || pos.startsWith("JJ"))
        && t.head(trigger) >= 0
        && t.token(t.head(trigger)).isNoun()) {
      return Reading.MODIFIER;
    }
    if (rel.equals("acl")
        && pos.equals("VBG")
        && t.head(trigger) >= 0
        && t.token(t.head(trigger)).pos().matches("NNS|NNP|NNPS")) {
      // "the militias fighting in the north", "the SDF, fighting to…": who a party is, not an act
      // (a singular thing "carrying aid" is still its delivery)
      return Reading.MODIFIER;
    }
    for (int m : t.dependents(trigger, "amod")) {
      if (lex.is("unreal-modifier", t.lemma(m)) || lex.is("unreal-modifier", t.word(m))) {
        return Reading.HYPOTHETICAL; // a modifier names an event foreseen, not reported
      }
    }
    if (t.token(trigger).isNoun()) {
      for (Dependency d : t.dependents(trigger)) {
        String r = DependencyTree.base(d.relation());
        if ((r.equals("amod") || r.equals("advmod"))
            && lex.is("past-modifier", t.word(d.dependent()).toLowerCase(Locale.ROOT))) {
          return Reading.BACKGROUND; // "who fled earlier fighting", "killed in past battles"
        }
      }
    }
    if (pos.equals("VBN")
        && t.dependent(trigger, "det") >= 0
        && t.dependent(trigger, "aux") < 0
        && t.dependent(trigger, "nsubj") < 0
        && t.dependent(trigger, "obj") < 0) {
      return Reading.GENERIC; // "the displaced of the war": people, not what befell them
    }
    if (habitual(t, trigger)) {
      return Reading.GENERIC; // "requests are routinely denied": a habit, not one act
    }
    if (rel.equals("obl:than") || rel.equals("nmod:than")) {
      return Reading.BACKGROUND; // "even worse than the siege on Aleppo": the known yardstick
    }
    if (whoTheyAre(t, trigger)
        || rel.equals("acl:relcl") && t.head(trigger) >= 0 && whoTheyAre(t, t.head(trigger))) {
      // "many of whom are refugees who have fled the war": who they are, not their flight
      return Reading.GENERIC;
    }
    Reading own = own(t, trigger, true);
    if (own != Reading.REAL) {
      return own;
    }
    for (int d : t.dependents(trigger, "det")) {
      if (lex.is("quantifier", t.word(d))) {
        return Reading.GENERIC; // "after every meeting", "any attack would be met"
      }
    }
    for (int subj : t.dependents(trigger, "nsubj")) {
      if (lex.is("indefinite", t.word(subj))) {
        return Reading.HYPOTHETICAL; // "a reward to whoever kills him": anyone, no one yet
      }
    }
    if ((DependencyTree.base(rel).equals("acl") || rel.equals("dep"))
        && t.head(trigger) >= 0
        && lex.is("indefinite", t.word(t.head(trigger)))) {
      return Reading.HYPOTHETICAL; // the same, parsed as a clause on "whomever"
    }
    if (rel.equals("acl:relcl") && hasAux(t, trigger, "have") && pastPerfect(t, trigger)) {
      return Reading.BACKGROUND;
    }
    int node = trigger;
    boolean throughSubject = false;
    for (int step = 0; step < MAX_STEPS; step++) {
      String r = t.relation(node);
      int head = t.head(node);
      if (head < 0) {
        break;
      }
      String b = DependencyTree.base(r);
      int governor = b.equals("conj") ? firstInfinitivesGovernor(t, node, head) : -1;
      if (governor >= 0) {
        // "urged them to cease the shelling and to renew talks": the parser hung the second "to"
        // clause on the governor or inside the first; the governor's want covers both
        Reading want = want(t.lemma(governor));
        if (want != null) {
          return want;
        }
      }
      if (b.equals("conj")) {
        // a condition or a modal on the first conjunct scopes over the coordination ("whether
        // they were killed or captured"); its negation only over "or"/"nor" ("did not kill or
        // injure anyone"), not over "but"/"and" ("did not shell X but attacked Y")
        Reading first = own(t, head, r.equals("conj:or") || r.equals("conj:nor"));
        if (first != Reading.REAL) {
          return first;
        }
        node = head;
        continue;
      }
      if (!SCOPED.contains(b)) {
        break;
      }
      String hl = t.lemma(head);
      if (!throughSubject && purpose(t, node)) {
        // "travelled to Syria to help in the liberation", "is in Cairo to meet the envoy"
        return Reading.PURPOSE;
      }
      throughSubject = false;
      boolean nominalHead = t.token(head).isNoun();
      if (b.equals("nsubj")) {
        // "an attack would be a disaster", "the attack did not take place"
        Reading above = own(t, head, lex.is("light", hl));
        if (above != Reading.REAL) {
          return above;
        }
        if (infinitive(t, head)) {
          // "an offensive to drive them out would be launched": the parser made the noun the
          // subject of its own purpose clause; the clause's governor scopes over both
          node = head;
          throughSubject = true; // the noun's own purpose ("a truce to evacuate…") is no condition
          continue;
        }
        break;
      }
      if (lex.is("denier", hl)) {
        return Reading.NEGATED;
      }
      if (nominalHead && (b.equals("nmod") || b.equals("acl")) && lex.is("generic", hl)) {
        return Reading.GENERIC;
      }
      if (lex.is("appeal-verb", hl)
          && (b.equals("xcomp") || r.equals("obl:for") || r.equals("obl:on"))) {
        return Reading.INTENDED; // "called for a ceasefire"; but "called a ceasefire" made one
      }
      if (lex.is("alleging", hl)) {
        return Reading.ALLEGED;
      }
      if (want(hl) != null && !adjunct(t, node, r)) {
        return want(hl);
      }
      if (lex.is("speech", hl)) {
        // what is reported keeps its own scope; but "no reports of clashes" reports none
        Reading above = nominalHead ? own(t, head, true) : Reading.REAL;
        if (above == Reading.NEGATED) {
          return above;
        }
        break;
      }
      Reading above = own(t, head, true);
      if (above != Reading.REAL) {
        return above;
      }
      if (t.relation(head).equals("acl:relcl")) {
        if (hasAux(t, head, "have") && pastPerfect(t, head)) {
          return Reading.BACKGROUND; // "people who had fled the fighting": the fighting too
        }
        break;
      }
      node = head;
    }
    return Reading.REAL;
  }

  /**
   * The alleging word ("accused", "allegations") whose scope a trigger read as {@link
   * Reading#ALLEGED} is in: its nearest such ancestor within the scope's reach; -1 when none.
   */
  public int alleger(DependencyTree t, int trigger) {
    int node = trigger;
    for (int step = 0; step < MAX_STEPS + 2 && node >= 0 && t.contains(node); step++) {
      node = t.head(node);
      if (node >= 0 && lex.is("alleging", t.lemma(node))) {
        return node;
      }
    }
    return -1;
  }

  /**
   * The reading of a statement trigger ("warned", "accused"): only its own negation counts; what a
   * statement is embedded in is the speaker's, not a condition on it.
   */
  public Reading readOwn(DependencyTree t, int trigger) {
    if (!t.parsed() || !t.contains(trigger)) {
      return Reading.REAL;
    }
    if (DependencyTree.base(t.relation(trigger)).equals("amod")
        && t.head(trigger) >= 0
        && t.token(t.head(trigger)).isNoun()) {
      return Reading.MODIFIER; // "the accused terrorist"
    }
    if (habitual(t, trigger)) {
      return Reading.GENERIC;
    }
    if (purposeClause(t, trigger)) {
      return Reading.INTENDED; // "went from house to house to ask citizens…": what they went for
    }
    for (Dependency d : t.dependents(trigger)) {
      String r = DependencyTree.base(d.relation());
      if ((r.equals("advmod") || r.equals("det") || r.equals("aux"))
          && lex.is("negator", t.word(d.dependent()))) {
        return Reading.NEGATED;
      }
      if (r.equals("nsubj") && lex.is("commentator", t.lemma(d.dependent()))) {
        return Reading.GENERIC; // "military analysts have warned that…": comment, no party's act
      }
    }
    return Reading.REAL;
  }

  /** The reading a node's own dependents give: negation, modal, future, condition. */
  private Reading own(DependencyTree t, int node, boolean negationCounts) {
    for (Dependency d : t.dependents(node)) {
      String r = DependencyTree.base(d.relation());
      String l = t.lemma(d.dependent());
      String w = t.word(d.dependent());
      switch (r) {
        case "advmod", "neg", "det", "case", "cc:preconj" -> {
          if (negationCounts && (lex.is("negator", l) || lex.is("negator", w))) {
            return Reading.NEGATED;
          }
        }
        case "aux" -> {
          if (lex.is("modal", l) || lex.is("modal", w)) {
            return Reading.HYPOTHETICAL;
          }
          if (lex.is("future", l) || lex.is("future", w)) {
            return Reading.PLANNED;
          }
          if (negationCounts && lex.is("negator", w)) {
            return Reading.NEGATED;
          }
        }
        case "mark" -> {
          if (lex.is("condition", l) || lex.is("condition", w)) {
            return Reading.HYPOTHETICAL;
          }
        }
        default -> {}
      }
    }
    return Reading.REAL;
  }

  /**
   * Whether a verb heads a "to" infinitive that tells what its governor was for: a purpose clause,
   * or a clause on a predicate of place ("is in Cairo to meet the envoy").
   */
  public boolean purpose(DependencyTree t, int verb) {
    if (!t.parsed() || !t.contains(verb)) {
      return false;
    }
    return purposeClause(t, verb)
        || t.token(verb).isVerb()
            && infinitive(t, verb)
            && DependencyTree.base(t.relation(verb)).equals("acl")
            && t.head(verb) >= 0
            && t.dependent(t.head(verb), "cop") >= 0;
  }

  /**
   * Whether a verb heads a "to" infinitive of purpose: an adverbial clause ("launched an offensive
   * to retake the town"), or the complement of a verb of going or sending ("were sent to retake").
   */
  private boolean purposeClause(DependencyTree t, int node) {
    int head = t.head(node);
    if (head < 0 || !t.token(node).isVerb() || !infinitive(t, node)) {
      return false;
    }
    String b = DependencyTree.base(t.relation(node));
    String hl = t.lemma(head);
    return b.equals("advcl") && !lex.is("speech", hl) || b.equals("xcomp") && lex.is("purpose", hl);
  }

  /** What an irrealis governor makes of its complement: PLANNED, INTENDED, or null for none. */
  private Reading want(String lemma) {
    if (lex.is("planned", lemma)) {
      return Reading.PLANNED;
    }
    return lex.is("irrealis", lemma) ? Reading.INTENDED : null;
  }

  /**
   * Whether a node hangs on its governor as an adjunct of time or circumstance ("during a meeting",
   * "after meeting the envoy"): it tells when the governing act took place, so an irrealis
   * governor's want does not reach it.
   */
  private boolean adjunct(DependencyTree t, int node, String relation) {
    String b = DependencyTree.base(relation);
    if ((b.equals("obl") || b.equals("nmod")) && relation.indexOf(':') > 0) {
      return lex.is("adjunct", relation.substring(relation.indexOf(':') + 1));
    }
    if (b.equals("advcl")) {
      for (int m : t.dependents(node, "mark")) {
        if (lex.is("adjunct", t.lemma(m))
            || lex.is("adjunct", t.word(m).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A noun naming people as the predicate of a copula: "many of whom are refugees". */
  private boolean whoTheyAre(DependencyTree t, int noun) {
    return t.token(noun).isNoun()
        && lex.is("people-noun", t.lemma(noun))
        && t.dependent(noun, "cop") >= 0
        && t.dependent(noun, "nsubj") >= 0;
  }

  /**
   * For a "to" clause coordinated with a word that is no infinitive, the governor of the first "to"
   * clause it is really the sister of: the conjunct head's own "to" complement, or the "to"
   * complement the conjunct head sits in; -1 when there is none.
   */
  private static int firstInfinitivesGovernor(DependencyTree t, int node, int head) {
    if (!t.token(node).isVerb() || !infinitive(t, node) || infinitive(t, head)) {
      return -1;
    }
    for (int x : t.dependents(head, "xcomp")) {
      if (x < node && infinitive(t, x)) {
        return head;
      }
    }
    int a = head;
    for (int step = 0; step < 3 && a >= 0; step++) {
      if (infinitive(t, a) && t.relation(a).equals("xcomp")) {
        return t.head(a);
      }
      a = t.head(a);
    }
    return -1;
  }

  /** Whether a verb heads a "to" infinitive clause. */
  private static boolean infinitive(DependencyTree t, int verb) {
    for (int m : t.dependents(verb, "mark")) {
      if (t.word(m).equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  private boolean habitual(DependencyTree t, int node) {
    for (int a : t.dependents(node, "advmod")) {
      if (lex.is("habitual", t.lemma(a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a statement or meeting is a private exchange: who it is said to or met with is a
   * personal pronoun ("asked me", "pleaded with him"), or "I" met someone ("the first fighter I
   * met"); "I condemn…" in an official's statement is still the official's.
   */
  public boolean privateExchange(DependencyTree t, int trigger, boolean meeting) {
    if (!t.parsed() || !t.contains(trigger)) {
      return false;
    }
    for (Dependency d : t.dependents(trigger)) {
      String r = d.relation();
      Token dep = t.token(d.dependent());
      if (!dep.pos().equals("PRP")
          || !lex.is("private", t.word(d.dependent()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean speaker = meeting && r.equals("nsubj") && t.word(d.dependent()).equalsIgnoreCase("i");
      boolean addressee =
          r.equals("obj") || r.equals("iobj") || r.equals("obl:with") || r.equals("obl:to");
      if (speaker || addressee) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a nominal trigger has a relative clause in the simple past, unmodalised and not
   * negated, that tells what it did: "the strike that hit the school", "an attack which killed
   * 1,400".
   */
  private boolean toldInThePast(DependencyTree t, int trigger) {
    if (!t.token(trigger).isNoun()) {
      return false;
    }
    for (Dependency d : t.dependents(trigger)) {
      int v = d.dependent();
      if (d.relation().equals("acl:relcl")
          && t.token(v).pos().equals("VBD")
          && t.dependent(v, "aux") < 0
          && own(t, v, true) == Reading.REAL) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAux(DependencyTree t, int node, String lemma) {
    for (int a : t.dependents(node, "aux")) {
      if (t.lemma(a).equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  private static boolean pastPerfect(DependencyTree t, int node) {
    for (int a : t.dependents(node, "aux")) {
      if (t.word(a).equals("had") || t.word(a).equals("'d")) {
        return true;
      }
    }
    return false;
  }
}
