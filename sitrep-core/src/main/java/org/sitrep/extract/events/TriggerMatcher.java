package org.sitrep.extract.events;

import static org.sitrep.extract.text.Phrases.lemma;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.counts.CountFinder;
import org.sitrep.extract.counts.EventCounts;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.syntax.Scope;
import org.sitrep.extract.syntax.SyntaxLexicon;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Token;
import org.sitrep.taxonomy.CountKind;

/**
 * Finds the event triggers of one sentence: lemma sequences of the {@link TriggerLexicon} in the
 * right part of speech, less the senses that report no event ({@link TriggerSenses}) and the hits
 * another hit of the sentence covers or carries.
 */
final class TriggerMatcher {
  private final TriggerLexicon lexicon;

  TriggerMatcher(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The sentence's lemmas and lower-case words, plus the singular of a capitalised plural (the
   * words a trigger's {@code needs} and the later rules look for).
   */
  static Set<String> lemmasOf(List<Token> toks) {
    Set<String> lemmas = new HashSet<>();
    for (Token t : toks) {
      lemmas.add(lemma(t));
      String w = t.word().toLowerCase(Locale.ROOT);
      lemmas.add(w);
      if (t.pos().startsWith("NNP") && w.length() > 3 && w.endsWith("s")) {
        lemmas.add(w.substring(0, w.length() - 1)); // "Rockets hit…": capitalised, not lemmatised
      }
    }
    return lemmas;
  }

  /** Verbs whose "to" infinitive happened (role {@code implicative}: "were forced to flee"). */
  private static final SyntaxLexicon LEX = SyntaxLexicon.english();

  private static final Scope SCOPE = new Scope(LEX);

  /**
   * The trigger hits of a sentence, read as the parse selection reads it: without a tree, a
   * syntactic condition of {@code needs} ({@value #COUNTED_SUBJECT}) may hold.
   */
  List<Hit> find(List<Token> toks, Set<String> lemmas) {
    return find(toks, lemmas, null);
  }

  /**
   * The {@code needs} alternative that holds when the verb's subject is a count of people and the
   * verb has an oblique (where they went): "some 2,000 have crossed into the next country", "about
   * 2,700 who crossed by boat".
   */
  static final String COUNTED_SUBJECT = "@counted-subject";

  /**
   * The trigger hits of a sentence (not empty), in order, one per starting token at most; {@code
   * tree} (null in parse selection) decides the syntactic conditions of {@code needs}.
   */
  List<Hit> find(List<Token> toks, Set<String> lemmas, DependencyTree tree) {
    List<Hit> hits = new ArrayList<>();
    int base = toks.get(0).index();
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      List<TriggerLexicon.Entry> candidates = new ArrayList<>(lexicon.startingWith(lemma(t)));
      String lw = t.word().toLowerCase(Locale.ROOT);
      if (!lw.equals(lemma(t))) {
        candidates.addAll(lexicon.startingWith(lw));
      }
      if (t.pos().equals("JJ") && lw.endsWith("ed") && lw.equals(lemma(t))) {
        // a participle the tagger read as an adjective keeps its form as lemma: "“liberated”"
        candidates.addAll(lexicon.startingWith(lw.substring(0, lw.length() - 1)));
        candidates.addAll(lexicon.startingWith(lw.substring(0, lw.length() - 2)));
      }
      for (TriggerLexicon.Entry e : candidates) {
        int end = match(toks, k, e);
        if (end < 0 || !posOk(t, e.pos())) {
          continue;
        }
        if (e.weak() && e.pos() == 'V' && !t.pos().startsWith("VB")) {
          continue;
        }
        if (e.pos() == 'V'
            && t.pos().equals("VBG")
            && k > 0
            && (Phrases.set("NNP", "NNPS", "PRP$", "POS").contains(toks.get(k - 1).pos())
                || Phrases.set("the", "a", "an", "this", "that", "these", "those")
                    .contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT)))) {
          continue; // a gerund after a determiner or a name is a noun: "the Rafah crossing"
        }
        if ((e.pos() == 'N' || e.pos() == '*' && t.pos().startsWith("NN"))
            && e.lemmas().size() == 1
            && end < toks.size()
            && toks.get(end).pos().startsWith("NN")
            && !e.type().equals("SANCTION")) {
          continue; // a modifier: "refugee camp", "meeting points", "riot gear", "protest camps"
        }
        if (e.pos() == 'V'
            && t.pos().equals("VB")
            && k > 0
            && toks.get(k - 1).word().equalsIgnoreCase("to")
            && !e.statement()
            && tree != null
            && !SCOPE.purpose(tree, base + k)
            && !EventStatusReader.isPlannedTo(toks, k - 1)
            && !(k > 1 && LEX.is("implicative", lemma(toks.get(k - 2))))) {
          // an intention, not an occurrence: "threats to strike"; but "forced to flee". What one
          // went for is the tree's to read ("flew to Cairo to meet": planned talks), so parse
          // selection, which has no tree, keeps the hit
          continue;
        }
        if (TriggerSenses.isShootingMedia(toks, end, e)
            || TriggerSenses.isIdiom(toks, k, end, e)
            || TriggerSenses.isTrendSubject(tree, base + k)) {
          continue;
        }
        if (!e.needs().isEmpty()
            && e.needs().stream().noneMatch(lemmas::contains)
            && !(e.needs().contains(COUNTED_SUBJECT)
                && (tree == null || countedSubject(tree, base + k)))) {
          continue;
        }
        if (!e.near().isEmpty() && !near(toks, end, e.near())) {
          continue;
        }
        hits.add(new Hit(e, base + k, base + end));
        break;
      }
    }
    hits = dropOverlapped(hits);
    boolean territoryOrDetention =
        hits.stream()
            .anyMatch(
                h ->
                    h.entry().type().startsWith("TERRITORY.REPELLED")
                        || h.entry().type().equals("DETENTION") && !h.entry().weak());
    if (territoryOrDetention) {
      hits.removeIf(
          h ->
              h.entry().type().equals("ATTACK")
                  && (h.entry().pos() == 'N' || h.entry().lemmas().get(0).equals("raid")));
    }
    if (hits.stream().anyMatch(h -> h.entry().type().equals("PROTEST"))) {
      // "hundreds rallied to demand…": the protesters' demand is the protest's, not an appeal
      hits.removeIf(h -> h.entry().type().equals("APPEAL"));
    }
    return hits;
  }

  /**
   * Whether verb {@code x} has a count of people for its subject (a bare number, or a {@code
   * people-count} noun with a number: not "2,000 troops") and an oblique: who moved, and where.
   */
  static boolean countedSubject(DependencyTree tree, int x) {
    if (!tree.parsed() || tree.dependents(x, "obl").isEmpty()) {
      return false;
    }
    List<Integer> subjects = new ArrayList<>(tree.dependents(x, "nsubj"));
    if (tree.baseRelation(x).equals("acl") && tree.head(x) >= 0) {
      subjects.add(tree.head(x)); // "about 2,700 who crossed by boat"
    }
    for (int n : subjects) {
      if (!tree.contains(n)) {
        continue;
      }
      Token t = tree.token(n);
      boolean bareNumber = t.pos().equals("CD") && tree.dependents(n, "nmod").isEmpty();
      if (bareNumber || LEX.is("people-count", tree.lemma(n)) && tree.dependent(n, "nummod") >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final TriggerLexicon.Entry ESCAPE =
      new TriggerLexicon.Entry(
          List.of("manage"), 'V', "EVACUATION", false, false, false, Set.of(), Set.of());

  private static final Set<String> GOT_OUT = Set.of("out", "leave", "escape", "flee", "evacuate");

  private static final Set<String> CUSTODY =
      Set.of("prison", "jail", "prisoner", "inmate", "custody", "cell", "captor", "kidnapper");

  /**
   * "Just 400 managed to get out", "only 300 were able to leave": a figure of people who got out
   * ({@link CountFinder} reads it as evacuated) reports an evacuation though no evacuation word
   * names it. Nothing when the sentence already has an evacuation or displacement trigger, or
   * speaks of custody (an escape from prison is no evacuation).
   */
  static Hit escapeHit(List<Token> toks, EventCounts.Counts counts, List<Hit> hits, int base) {
    if (counts.found().stream().noneMatch(f -> f.kind() == CountKind.EVACUATED)
        || hits.stream()
            .anyMatch(
                h ->
                    h.entry().type().startsWith("EVACUATION")
                        || h.entry().type().startsWith("DISPLACEMENT"))) {
      return null;
    }
    for (Token t : toks) {
      if (CUSTODY.contains(lemma(t))) {
        return null;
      }
    }
    for (int k = 0; k < toks.size(); k++) {
      String l = lemma(toks.get(k));
      if (!l.equals("manage") && !l.equals("able")) {
        continue;
      }
      for (int m = k + 1; m < Math.min(toks.size(), k + 4); m++) {
        if (GOT_OUT.contains(lemma(toks.get(m)))) {
          return new Hit(ESCAPE, base + k, base + m + 1);
        }
      }
    }
    return null;
  }

  private static int match(List<Token> toks, int k, TriggerLexicon.Entry e) {
    List<String> ls = e.lemmas();
    int j = k;
    for (int m = 0; m < ls.size(); m++, j++) {
      if (j >= toks.size()) {
        return -1;
      }
      String l = lemma(toks.get(j));
      String w = toks.get(j).word().toLowerCase(Locale.ROOT);
      boolean participle =
          toks.get(j).pos().equals("JJ")
              && (w.equals(ls.get(m) + "d") || w.equals(ls.get(m) + "ed"));
      if (!ls.get(m).equals(l) && !ls.get(m).equals(w) && !participle) {
        // allow one determiner or adjective inside a verbal phrase ("came under heavy fire")
        if (m > 0
            && j + 1 < toks.size()
            && (toks.get(j).pos().startsWith("JJ")
                || toks.get(j).pos().equals("DT")
                || toks.get(j).pos().equals("VBN")
                || toks.get(j).pos().equals("VBG"))
            && ls.get(m).equals(lemma(toks.get(j + 1)))) {
          j++;
          continue;
        }
        return -1;
      }
    }
    return j;
  }

  private static boolean posOk(Token t, char pos) {
    String p = t.pos();
    return switch (pos) {
      case 'V' -> p.startsWith("VB") || (p.equals("JJ") && t.word().endsWith("ed"));
      case 'N' ->
          p.startsWith("NN") || p.equals("JJ") && !t.word().endsWith("ed") || p.equals("FW");
      case 'A' -> p.startsWith("JJ") || p.startsWith("NN") || p.startsWith("VB");
      default -> true;
    };
  }

  private static boolean near(List<Token> toks, int end, Set<String> words) {
    for (int j = end; j < Math.min(toks.size(), end + 5); j++) {
      Token t = toks.get(j);
      if (words.contains(lemma(t)) || words.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<Hit> dropOverlapped(List<Hit> hits) {
    List<Hit> out = new ArrayList<>();
    for (Hit h : hits) {
      boolean covered = false;
      for (Hit o : hits) {
        if (o != h
            && o.first() <= h.first()
            && h.end() <= o.end()
            && (o.end() - o.first()) > (h.end() - h.first())) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(h);
      }
    }
    return out;
  }
}
