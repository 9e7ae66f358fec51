package org.sitrep.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The dependency tree of one sentence, indexed for walking: each token's head and relation in the
 * basic tree, and every token's dependents (basic and enhanced). Token indexes are document-wide,
 * as in {@link Token#index()}. An unparsed sentence gives a tree that is not {@link #parsed()}.
 */
public final class DependencyTree {
  private final Sentence sentence;
  private final int base;
  private final int[] head;
  private final String[] relation;
  private final List<List<Dependency>> dependents;

  private DependencyTree(Sentence s) {
    this.sentence = s;
    this.base = Math.max(0, s.firstToken());
    int n = s.tokens().size();
    this.head = new int[n];
    this.relation = new String[n];
    this.dependents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = -2; // unknown
      dependents.add(new ArrayList<>());
    }
    for (Dependency d : s.dependencies()) {
      int dep = d.dependent() - base;
      if (dep < 0 || dep >= n) {
        continue;
      }
      if (d.governor() >= 0) {
        int gov = d.governor() - base;
        if (gov < 0 || gov >= n) {
          continue;
        }
        dependents.get(gov).add(d);
      }
      if (!d.extra() && head[dep] == -2) {
        head[dep] = d.governor();
        relation[dep] = d.relation();
      }
    }
  }

  public static DependencyTree of(Sentence s) {
    return new DependencyTree(s);
  }

  public boolean parsed() {
    return !sentence.dependencies().isEmpty();
  }

  public Sentence sentence() {
    return sentence;
  }

  public boolean contains(int index) {
    return index >= base && index < base + head.length;
  }

  public Token token(int index) {
    return sentence.tokens().get(index - base);
  }

  /** The head of a token in the basic tree; -1 for the root or an unattached token. */
  public int head(int index) {
    int h = contains(index) ? head[index - base] : -1;
    return h < 0 ? -1 : h;
  }

  /** The relation to its head, e.g. {@code nsubj}, {@code obl:in}; "" for the root. */
  public String relation(int index) {
    String r = contains(index) ? relation[index - base] : null;
    return r == null ? "" : r;
  }

  /** The relation without its subtype: {@code obl:in} gives {@code obl}. */
  public String baseRelation(int index) {
    return base(relation(index));
  }

  public static String base(String relation) {
    int c = relation.indexOf(':');
    return c < 0 ? relation : relation.substring(0, c);
  }

  /** Every dependency with {@code index} as governor (basic and enhanced), in parse order. */
  public List<Dependency> dependents(int index) {
    return contains(index) ? dependents.get(index - base) : List.of();
  }

  /** The dependents of {@code index} whose relation is {@code rel} or a subtype of it. */
  public List<Integer> dependents(int index, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : dependents(index)) {
      if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
        if (!out.contains(d.dependent())) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /** The first dependent of {@code index} with relation {@code rel} (or a subtype), or -1. */
  public int dependent(int index, String rel) {
    List<Integer> d = dependents(index, rel);
    return d.isEmpty() ? -1 : d.get(0);
  }

  /** The token of {@code [first, end)} (token indexes) whose head lies outside it, or -1. */
  public int headOf(int first, int end) {
    for (int k = end - 1; k >= first; k--) {
      if (!contains(k)) {
        return -1;
      }
      int h = head(k);
      if (h < first || h >= end) {
        return k;
      }
    }
    return -1;
  }

  /** Whether token {@code top} is {@code x} or one of its ancestors in the basic tree. */
  public boolean dominates(int top, int x) {
    for (int steps = 0; x >= 0 && steps <= head.length; steps++) {
      if (x == top) {
        return true;
      }
      x = head(x);
    }
    return false;
  }

  /** The lower-case lemma of a token. */
  public String lemma(int index) {
    return token(index).lemma().toLowerCase(Locale.ROOT);
  }

  public String word(int index) {
    return token(index).word().toLowerCase(Locale.ROOT);
  }

  /** The smallest and largest token index of the basic subtree under {@code index}, inclusive. */
  public int[] extent(int index) {
    int lo = index;
    int hi = index;
    List<Integer> stack = new ArrayList<>(List.of(index));
    int guard = 0;
    while (!stack.isEmpty() && guard++ < head.length * 2) {
      int t = stack.remove(stack.size() - 1);
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
      for (Dependency d : dependents(t)) {
        if (!d.extra() && head(d.dependent()) == t && d.dependent() != t) {
          stack.add(d.dependent());
        }
      }
    }
    return new int[] {lo, hi};
  }
}
