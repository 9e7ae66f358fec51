package org.sitrep.extract.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.syntax.Roles;
import org.sitrep.extract.syntax.SyntaxLexicon;
import org.sitrep.model.Count;
import org.sitrep.model.Dependency;
import org.sitrep.model.Token;
import org.sitrep.taxonomy.CountKind;

/**
 * What a figure counts, read from the dependency tree: the people a number counts ({@code nummod}
 * of a noun, or the number itself as a noun: "killing two", "dozens of rebels") take their kind
 * from the predicate they are an argument of — the object or passive subject of "kill", "wound",
 * "detain", "evacuate" ("evacuated 40 wounded people" is 40 evacuated, not 40 injured), the subject
 * of "die" or "flee", of "remain displaced", of a relative clause ("22,000 who have fled") or of a
 * participle ("five civilians killed in…"). The word-window {@link CountFinder} reads the figures
 * of every sentence; where the tree says what a figure counts, the tree's kind wins, and a figure
 * the window could not place but the tree can is added.
 */
public final class TreeCounts {
  /** Predicates whose subject, not object, is who it happened to. */
  private static final Set<String> INTRANSITIVE =
      Set.of("die", "flee", "perish", "drown", "dead", "missing", "displaced", "displace");

  private TreeCounts() {}

  /** The window's figures of one sentence, corrected and completed by its tree. */
  public static EventCounts.Counts refine(
      DependencyTree t, List<Token> toks, String text, EventCounts.Counts window) {
    if (!t.parsed() || toks.isEmpty()) {
      return window;
    }
    List<String> words = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    for (Token tok : toks) {
      words.add(tok.word());
      lemmas.add(tok.lemma().toLowerCase(Locale.ROOT));
    }
    int base = toks.get(0).index();
    List<CountFinder.Found> out = new ArrayList<>(window.found());
    List<CountFinder.Found> background = new ArrayList<>(); // an earlier act's figures
    int i = 0;
    while (i < toks.size()) {
      NumberWords.Quantity q = NumberWords.read(words, i);
      if (q == null || !CountFinder.plausible(toks, words, lemmas, q)) {
        i++;
        continue;
      }
      i = Math.max(q.end(), i + 1);
      int[] predicate = {-1};
      CountKind kind = kindOf(t, base, q, predicate);
      if (kind == null) {
        continue;
      }
      int s = toks.get(q.first()).start();
      int e = toks.get(q.end() - 1).end();
      int at = overlapping(out, text, s, e);
      boolean past = background(t, predicate[0]); // "a day after 100 were killed"
      if (at >= 0) {
        CountFinder.Found f = out.get(at);
        if (f.kind() != kind && !(kind == CountKind.DISPLACED && planned(f.kind()))) {
          Count c = f.count();
          out.set(
              at,
              new CountFinder.Found(
                  kind,
                  new Count(kind.label(), c.value(), c.min(), c.max(), c.approximate(), c.text())));
        }
        if (past) {
          background.add(out.get(at));
        }
      } else {
        out.add(
            new CountFinder.Found(
                kind,
                new Count(
                    kind.label(),
                    q.value(),
                    q.min(),
                    q.max() == Long.MAX_VALUE ? null : q.max(),
                    q.approximate(),
                    text.substring(s, e))));
        if (past) {
          background.add(out.get(out.size() - 1));
        }
      }
    }
    singles(t, toks, text, out, background);
    return new EventCounts.Counts(out, background);
  }

  private static final SyntaxLexicon LEX = SyntaxLexicon.english();

  /** Kinds a single named or described person is counted for. */
  private static final Set<CountKind> PERSONAL =
      Set.of(CountKind.KILLED, CountKind.INJURED, CountKind.ARRESTED, CountKind.CAPTURED);

  /**
   * People named one by one as who a predicate of harm or custody happened to, where no figure of
   * that kind is given: "a British man was killed" (killed 1), "Prakash was arrested", "arrested a
   * journalist and his driver" (2), "Kirill was fatally wounded" (killed 1), "his killing".
   */
  private static void singles(
      DependencyTree t,
      List<Token> toks,
      String text,
      List<CountFinder.Found> out,
      List<CountFinder.Found> background) {
    for (Token tok : toks) {
      int g = tok.index();
      CountKind kind = harmKind(t, g);
      if (kind == null || has(out, kind)) {
        continue;
      }
      int patient = patient(t, g);
      int n = patient < 0 ? 0 : persons(t, patient, 0);
      if (n <= 0) {
        continue;
      }
      Roles.Phrase ph = Roles.phrase(t, patient);
      String span = text.substring(t.token(ph.first()).start(), t.token(ph.end() - 1).end());
      long v = n;
      CountFinder.Found f =
          new CountFinder.Found(kind, new Count(kind.label(), v, v, v, false, span));
      out.add(f);
      if (background(t, g)) {
        background.add(f); // "a day after a journalist was killed"
      }
    }
  }

  private static boolean has(List<CountFinder.Found> out, CountKind kind) {
    for (CountFinder.Found f : out) {
      if (f.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** The kind a predicate of harm or custody counts its patient as, or null. */
  private static CountKind harmKind(DependencyTree t, int g) {
    String lemma = t.lemma(g).toLowerCase(Locale.ROOT);
    if (t.token(g).pos().startsWith("NN") && lemma.endsWith("ing")) {
      lemma = lemma.substring(0, lemma.length() - 3); // "killing"
    }
    CountKind k = CountFinder.kindOfLemma(lemma);
    if (k == null && t.token(g).isVerb()) {
      k = fatalResult(t, g, -1); // "a guard was shot dead"
    }
    if (k == CountKind.INJURED) {
      for (int a : t.dependents(g, "advmod")) {
        if (t.lemma(a).equalsIgnoreCase("fatally") || t.lemma(a).equalsIgnoreCase("mortally")) {
          return CountKind.KILLED;
        }
      }
    }
    return k != null && PERSONAL.contains(k) ? k : null;
  }

  /**
   * Who predicate {@code g} happened to: passive subject, object, subject of "die", "of"/possessor
   * of a noun.
   */
  private static int patient(DependencyTree t, int g) {
    String pos = t.token(g).pos();
    String lemma = t.lemma(g).toLowerCase(Locale.ROOT);
    if (pos.startsWith("VB")) {
      int pass = t.dependent(g, "nsubj:pass");
      if (pass >= 0) {
        return pass;
      }
      int subj = t.dependent(g, "nsubj");
      if (INTRANSITIVE.contains(lemma) || t.dependent(g, "aux:pass") >= 0) {
        return subj >= 0 ? subj : controller(t, g);
      }
      if (pos.equals("VBN") && t.baseRelation(g).equals("acl") && t.dependent(g, "obj") < 0) {
        return t.head(g); // "a British man killed while clearing mines"
      }
      return t.dependent(g, "obj");
    }
    if (pos.startsWith("NN")) {
      int poss = t.dependent(g, "nmod:poss");
      return poss >= 0 ? poss : t.dependent(g, "nmod:of");
    }
    return -1;
  }

  /**
   * Who a clause without a subject of its own is about: the object, else the subject, of the verb
   * it complements ("the boy named Kirill was fatally wounded", parsed as a complement of "named"),
   * or the subject its coordination shares.
   */
  private static int controller(DependencyTree t, int g) {
    int h = t.head(g);
    if (h < 0 || !t.contains(h)) {
      return -1;
    }
    String rel = t.baseRelation(g);
    if (rel.equals("xcomp")) {
      int obj = t.dependent(h, "obj");
      return obj >= 0 ? obj : t.dependent(h, "nsubj");
    }
    if (rel.equals("conj")) {
      int pass = t.dependent(h, "nsubj:pass");
      return pass >= 0 ? pass : t.dependent(h, "nsubj");
    }
    return -1;
  }

  /**
   * How many people phrase {@code p} names one by one: 1 for a name or a singular person noun ("a
   * nurse", "the 36-year-old", "he") or one of a group ("one of the guards"), the sum over its
   * conjuncts; 0 when any part is no single person (a plural, a number, a thing).
   */
  private static int persons(DependencyTree t, int p, int depth) {
    if (depth > 6 || !t.contains(p)) {
      return 0;
    }
    Token tok = t.token(p);
    String pos = tok.pos();
    String lemma = tok.lemma().toLowerCase(Locale.ROOT);
    boolean one;
    if (pos.equals("PRP") || pos.equals("PRP$") || pos.equals("WP$")) {
      one =
          Set.of("he", "him", "she", "her", "his", "whose")
              .contains(tok.word().toLowerCase(Locale.ROOT));
    } else if (pos.equals("NNP")) {
      one = "PERSON".equals(tok.ner());
    } else if (pos.equals("NN")) {
      one = LEX.is("person", lemma);
    } else {
      one =
          pos.equals("JJ")
              && lemma.equals("old")
              && tok.word().equalsIgnoreCase("old")
              && hasYear(t, p); // "the 36-year-old"
    }
    if (pickedOne(t, p)) {
      one = true; // "one of the guards was killed": the tree reads "one of the" as its quantifier
    } else if (!one || t.dependent(p, "nummod") >= 0) {
      return 0;
    }
    for (int d : t.dependents(p, "det")) {
      if (LEX.is("negator", t.lemma(d).toLowerCase(Locale.ROOT))) {
        return 0; // "no soldier was hurt"
      }
    }
    int n = 1;
    for (Dependency d : t.dependents(p)) {
      if (DependencyTree.base(d.relation()).equals("conj") && t.head(d.dependent()) == p) {
        int c = persons(t, d.dependent(), depth + 1);
        if (c == 0) {
          return 0;
        }
        n += c;
      }
    }
    return n;
  }

  /** The relations a resultative "dead" hangs from its verb by, as the parser reads it. */
  private static final Set<String> RESULT = Set.of("obj", "xcomp", "advmod");

  /**
   * KILLED when verb {@code g} has death for its result, whatever the verb: "were shot dead"
   * (parsed with "dead" for an object or a complement), "was beaten to death"; else null. The
   * counted noun {@code noun} is not its own result ("shot the dead").
   */
  private static CountKind fatalResult(DependencyTree t, int g, int noun) {
    for (Dependency d : t.dependents(g)) {
      int x = d.dependent();
      if (x == noun || !t.contains(x) || d.extra()) {
        continue;
      }
      String r = DependencyTree.base(d.relation());
      String l = t.lemma(x);
      boolean dead = l.equals("dead") && RESULT.contains(r);
      int c = t.dependent(x, "case");
      boolean toDeath = l.equals("death") && r.equals("obl") && c >= 0 && t.lemma(c).equals("to");
      if (dead || toDeath) {
        return CountKind.KILLED;
      }
    }
    return null;
  }

  /** Whether the group {@code p} has "one of the" for its quantifier ({@code det:qmod}). */
  private static boolean pickedOne(DependencyTree t, int p) {
    for (int q : t.dependents(p, "det:qmod")) {
      if (t.word(q).equalsIgnoreCase("one")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasYear(DependencyTree t, int old) {
    for (Dependency d : t.dependents(old)) {
      if (t.lemma(d.dependent()).equalsIgnoreCase("year")) {
        return true;
      }
    }
    return false;
  }

  private static boolean planned(CountKind k) {
    return k == CountKind.PLANNED_EVACUEES;
  }

  /** The window figure whose words overlap {@code [s, e)} of the text, or -1. */
  private static int overlapping(List<CountFinder.Found> found, String text, int s, int e) {
    for (int k = 0; k < found.size(); k++) {
      String span = found.get(k).count().text();
      int from = span == null ? -1 : text.indexOf(span, Math.max(0, s - span.length()));
      if (from >= 0 && from < e && from + span.length() > s) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether {@code noun} is the object of verb {@code g} that the parser took for an oblique
   * because of the approximator before its number ("executed around 367 people", "killed about 30";
   * role {@code approximator} of {@code syntax.tsv}): the verb has no object of its own.
   */
  private static boolean approximateObject(DependencyTree t, int g, int noun) {
    if (!t.baseRelation(noun).equals("obl")
        || !t.token(g).isVerb()
        || t.dependent(g, "obj") >= 0
        || t.dependent(g, "aux:pass") >= 0
        || casualtyWord(t, noun)) {
      return false; // "three killed over 70 injured": the injured are no object of "killed"
    }
    int prep = t.dependent(noun, "case");
    return prep >= 0 && SyntaxLexicon.english().is("approximator", t.word(prep));
  }

  /** Whether a noun, or a modifier of it, is itself a word of harm ("70 injured", "the dead"). */
  private static boolean casualtyWord(DependencyTree t, int noun) {
    if (CountFinder.kindOfLemma(t.lemma(noun)) != null) {
      return true;
    }
    for (Dependency d : t.dependents(noun)) {
      String rel = DependencyTree.base(d.relation());
      if ((rel.equals("amod") || rel.equals("acl"))
          && CountFinder.kindOfLemma(t.lemma(d.dependent())) != null) {
        return true;
      }
    }
    return false;
  }

  /** How far up from a casualty predicate {@link #background} looks. */
  private static final int BACKGROUND_STEPS = 4;

  /**
   * Whether casualty predicate {@code p} reports an act earlier than the one the sentence reports,
   * so that its figure is that act's, not the news: its clause, or the event noun its relative
   * clause or participle describes, hangs on a word of the {@code earlier-than} role of {@code
   * syntax.tsv} ("the attack came a day after 100 were killed", "following an attack that killed
   * 20"), or a period it is dated to is placed before the report ("last month a bomb killed 40",
   * "earlier this week troops executed 48"; roles {@code period} and {@code past-period}).
   */
  static boolean background(DependencyTree t, int p) {
    int node = p;
    for (int step = 0; step < BACKGROUND_STEPS && node >= 0 && t.contains(node); step++) {
      if (earlierPeriod(t, node)) {
        return true;
      }
      String rel = t.relation(node);
      String b = DependencyTree.base(rel);
      int colon = rel.indexOf(':');
      String sub = colon < 0 ? "" : rel.substring(colon + 1);
      if ((b.equals("advcl") || b.equals("obl") || b.equals("nmod"))
          && LEX.is("earlier-than", sub)
          && !(step == 0 && t.token(node).isNoun())) { // "since his arrest": the act itself
        return true;
      }
      int head = t.head(node);
      if (head < 0 || !t.contains(head)) {
        return false;
      }
      boolean up =
          b.equals("conj")
              || (b.equals("acl") || b.equals("dep"))
                  && t.token(head).isNoun(); // "an attack that killed 20"
      if (!up) {
        return false;
      }
      node = head;
    }
    return false;
  }

  /** Whether {@code x} is dated to a period placed before the report ("last month"). */
  private static boolean earlierPeriod(DependencyTree t, int x) {
    for (Dependency d : t.dependents(x)) {
      String r = d.relation();
      int n = d.dependent();
      if (!(r.equals("obl:tmod") || r.equals("obl:npmod") || r.equals("nmod:tmod"))
          || !LEX.is("period", t.lemma(n).toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency m : t.dependents(n)) {
        String mr = DependencyTree.base(m.relation());
        if ((mr.equals("amod") || mr.equals("advmod"))
            && LEX.is("past-period", t.word(m.dependent()).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** What the people of quantity {@code q} (list positions) are counted as, or null. */
  static CountKind kindOf(DependencyTree t, int base, NumberWords.Quantity q) {
    return kindOf(t, base, q, new int[1]);
  }

  /**
   * {@link #kindOf(DependencyTree, int, NumberWords.Quantity)}, with the predicate that says so put
   * in {@code predicate[0]} (-1 when none).
   */
  static CountKind kindOf(DependencyTree t, int base, NumberWords.Quantity q, int[] predicate) {
    predicate[0] = -1;
    int number = t.headOf(base + q.first(), base + q.end());
    if (number < 0) {
      return null;
    }
    int noun = t.relation(number).equals("nummod") ? t.head(number) : number;
    for (int guard = 0; guard < 4 && noun >= 0; guard++) {
      String rel = t.baseRelation(noun);
      if (rel.equals("conj") || rel.equals("appos")) {
        noun = t.head(noun); // "killing five soldiers and two civilians"
        continue;
      }
      break;
    }
    if (noun < 0 || !t.contains(noun)) {
      return null;
    }
    CountKind own = ownClause(t, noun, predicate);
    if (own != null) {
      return own;
    }
    int g = t.head(noun);
    if (g < 0 || !t.contains(g)) {
      return null;
    }
    String rel = t.relation(noun);
    String lemma = t.lemma(g);
    predicate[0] = g;
    boolean passive = t.dependent(g, "aux:pass") >= 0 || rel.equals("nsubj:pass");
    if (rel.equals("obj")
        || passive && DependencyTree.base(rel).equals("nsubj")
        || approximateObject(t, g, noun)) {
      if (INTRANSITIVE.contains(lemma)) {
        return null;
      }
      CountKind k = CountFinder.kindOfLemma(lemma);
      return k != null ? k : fatalResult(t, g, noun);
    }
    if (rel.equals("nsubj") && INTRANSITIVE.contains(lemma)) {
      return CountFinder.kindOfLemma(lemma);
    }
    if (rel.equals("nsubj")) {
      for (int x : t.dependents(g, "xcomp")) {
        if (INTRANSITIVE.contains(t.lemma(x))) {
          predicate[0] = x;
          return CountFinder.kindOfLemma(t.lemma(x)); // "92,000 people remain displaced"
        }
      }
    }
    return null;
  }

  /**
   * A kind the counted noun's own modifier gives: a participle ("five civilians killed in…") or a
   * relative clause whose subject it is ("22,000 who have fled").
   */
  private static CountKind ownClause(DependencyTree t, int noun, int[] predicate) {
    for (int c : t.dependents(noun, "acl")) {
      String lemma = t.lemma(c);
      if (t.relation(c).equals("acl:relcl")) {
        if (INTRANSITIVE.contains(lemma) || t.dependent(c, "aux:pass") >= 0) {
          CountKind k = CountFinder.kindOfLemma(lemma);
          if (k != null) {
            predicate[0] = c;
            return k;
          }
        }
      } else if (t.token(c).pos().equals("VBN") && !INTRANSITIVE.contains(lemma)) {
        CountKind k = CountFinder.kindOfLemma(lemma);
        if (k != null) {
          predicate[0] = c;
          return k;
        }
      }
    }
    for (int m : t.dependents(noun, "amod")) {
      // "10 civilians killed 15 injured" (a headline): "15 injured" is no object of "killed"
      if (t.token(m).pos().equals("VBN") && m > noun) {
        CountKind k = CountFinder.kindOfLemma(t.lemma(m));
        if (k != null) {
          predicate[0] = m;
          return k;
        }
      }
    }
    return null;
  }
}
