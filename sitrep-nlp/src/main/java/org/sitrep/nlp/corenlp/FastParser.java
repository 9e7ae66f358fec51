package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's neural dependency parser (the arc-standard transition parser of Chen and Manning, 2014)
 * with its own model, features and transitions, but a faster classifier: CoreNLP's adds up
 * double-precision hidden-layer products looked up in hash maps (boxed keys, a synchronised cache),
 * which costs most of its time. Here every part-of-speech and label feature and the most frequent
 * words at each position are computed once at load time into flat float arrays (as differences to
 * the "no such token" product, which the base holds), other words once per sentence, the sentences
 * of a document step in lockstep, and the layers are multiplied in small loops over whole arrays
 * that the JIT vectorises. Same arcs as {@link DependencyParser#predict} but for rare near-ties
 * (float instead of double sums; identical on every sentence of the seed and guardian sets,
 * FastParserIT compares them). Immutable and thread-safe.
 *
 * <p>It reads the parser's classifier, transition system and vocabulary through reflection (CoreNLP
 * {@value CoreNlpAnnotator#CORENLP_VERSION} keeps them private): {@link #of} returns null when that
 * fails, and the caller uses CoreNLP's own {@code predict}.
 */
final class FastParser {
  private static final int WORD_FEATURES = 18;
  private static final int POS_FEATURES = 18;
  private static final int FEATURES = 48;

  private final DependencyParser parser;
  private final ArcStandard system;
  private final String[] transitions;
  private final int hidden;
  private final int embedding;
  private final float[][] embeddings; // E: one row per word, tag and label id
  private final float[] bias;
  private final float[][][] w1; // [j][k]: W1's column for embedding unit k of feature j
  private final float[][] w2; // [h]: W2's column for hidden unit h, padded to stride
  private final int stride; // transitions, rounded up to whole vectors
  private final float[][][] table; // [j][id - first[j]]: the product less the none product
  private final int[] none; // per feature: the id of "no such token" (Config.NULL)
  private final float[][] noneProduct; // per feature: the product of that id
  private final float[] base; // bias plus every feature's none product
  private final int[] first;
  private final Method relation;
  private final Method structure;

  private FastParser(DependencyParser parser, int frequentWords)
      throws ReflectiveOperationException {
    this.parser = parser;
    Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
    ParsingSystem ps = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
    this.system = (ArcStandard) ps;
    @SuppressWarnings("unchecked")
    List<String> ts = (List<String>) field(ParsingSystem.class, "transitions").get(ps);
    this.transitions = ts.toArray(new String[0]);
    int words = ((List<?>) field(DependencyParser.class, "knownWords").get(parser)).size();
    int tags = ((List<?>) field(DependencyParser.class, "knownPos").get(parser)).size();
    int labels = ((List<?>) field(DependencyParser.class, "knownLabels").get(parser)).size();
    this.relation = method("makeGrammaticalRelation", String.class);
    this.structure = method("makeGrammaticalStructure", List.class, TreeGraphNode.class);

    float[][] W1 = classifier.getW1();
    float[][] W2 = classifier.getW2();
    this.embeddings = classifier.getE();
    this.bias = classifier.getb1();
    this.hidden = W1.length;
    this.embedding = embeddings[0].length;
    if (W1[0].length != FEATURES * embedding || W2.length != transitions.length) {
      throw new IllegalStateException("unexpected parser model shape");
    }
    this.w1 = new float[FEATURES][embedding][hidden];
    for (int j = 0; j < FEATURES; j++) {
      for (int k = 0; k < embedding; k++) {
        for (int h = 0; h < hidden; h++) {
          w1[j][k][h] = W1[h][j * embedding + k];
        }
      }
    }
    int n = transitions.length;
    this.stride = (n + 15) / 16 * 16;
    this.w2 = new float[hidden][stride];
    for (int t = 0; t < n; t++) {
      for (int h = 0; h < hidden; h++) {
        w2[h][t] = W2[t][h];
      }
    }
    // Many features of a configuration are "none" (no third stack token, no second child...):
    // their products are summed into the base once, and the others stored as differences to it.
    this.none = new int[FEATURES];
    this.noneProduct = new float[FEATURES][];
    this.base = bias.clone();
    for (int j = 0; j < FEATURES; j++) {
      none[j] =
          j < WORD_FEATURES
              ? parser.getWordID(Config.NULL)
              : j < WORD_FEATURES + POS_FEATURES
                  ? parser.getPosID(Config.NULL)
                  : parser.getLabelID(Config.NULL);
      noneProduct[j] = product(j, none[j]);
      add(base, noneProduct[j]);
    }
    // ids: words first, then tags, then labels; the most frequent words come first
    this.first = new int[FEATURES];
    this.table = new float[FEATURES][][];
    for (int j = 0; j < FEATURES; j++) {
      int from;
      int to;
      if (j < WORD_FEATURES) {
        from = 0;
        to = Math.min(words, frequentWords);
      } else if (j < WORD_FEATURES + POS_FEATURES) {
        from = words;
        to = words + tags;
      } else {
        from = words + tags;
        to = words + tags + labels;
      }
      first[j] = from;
      table[j] = new float[to - from][];
      for (int id = from; id < to; id++) {
        table[j][id - from] = delta(j, id);
      }
    }
  }

  /** The fast parser over a loaded CoreNLP parser, or null if its internals are not as expected. */
  static FastParser of(DependencyParser parser, int frequentWords) {
    try {
      return new FastParser(parser, frequentWords);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Parses a tagged sentence, as {@link DependencyParser#predict(CoreMap)} does. */
  GrammaticalStructure predict(CoreMap sentence) {
    return predict(List.of(sentence)).get(0);
  }

  /**
   * Parses tagged sentences, in lockstep: each step multiplies every unfinished sentence's hidden
   * layer by the output weights row by row, so a row is read once for all of them.
   */
  List<GrammaticalStructure> predict(List<CoreMap> sentences) {
    int count = sentences.size();
    State[] states = new State[count];
    for (int b = 0; b < count; b++) {
      states[b] = new State(sentences.get(b));
    }
    int[] features = new int[FEATURES];
    int[] slots = new int[WORD_FEATURES];
    State[] active = states.clone();
    int live = count;
    while (live > 0) {
      for (int b = 0; b < live; b++) {
        hiddenLayer(active[b], features, slots);
      }
      for (int b = 0; b < live; b++) {
        java.util.Arrays.fill(active[b].scores, 0f);
      }
      int i = 0;
      for (; i + 3 < hidden; i += 4) {
        for (int b = 0; b < live; b++) {
          float[] h = active[b].h;
          axpy4(
              active[b].scores,
              w2[i],
              cube(h[i]),
              w2[i + 1],
              cube(h[i + 1]),
              w2[i + 2],
              cube(h[i + 2]),
              w2[i + 3],
              cube(h[i + 3]));
        }
      }
      for (; i < hidden; i++) {
        for (int b = 0; b < live; b++) {
          axpy(active[b].scores, w2[i], cube(active[b].h[i]));
        }
      }
      int next = 0;
      for (int b = 0; b < live; b++) {
        State st = active[b];
        system.apply(st.c, transitions[best(st.c, st.scores)]);
        if (!system.isTerminal(st.c)) {
          active[next++] = st;
        }
      }
      live = next;
    }
    List<GrammaticalStructure> out = new ArrayList<>(count);
    for (int b = 0; b < count; b++) {
      out.add(structure(sentences.get(b), states[b].c));
    }
    return out;
  }

  /** One sentence being parsed. */
  private final class State {
    final Configuration c;
    final int[] wordAt; // word id by token position, -1 (none) and 0 (root) included: slot = k + 1
    final int[] tagAt;
    final float[][][] words; // word products met in this sentence, by feature and slot
    final float[] h = new float[hidden];
    final float[] scores = new float[stride];
    final float[][] terms = new float[FEATURES][]; // this step's products to add

    State(CoreMap sentence) {
      c = system.initialConfiguration(sentence);
      int size = c.getSentenceSize();
      wordAt = new int[size + 2];
      tagAt = new int[size + 2];
      for (int k = -1; k <= size; k++) {
        wordAt[k + 1] = parser.getWordID(c.getWord(k));
        tagAt[k + 1] = parser.getPosID(c.getPOS(k));
      }
      words = new float[WORD_FEATURES][size + 2][];
    }
  }

  /** The hidden layer's input for the state's configuration: bias plus 48 products. */
  private void hiddenLayer(State st, int[] features, int[] slots) {
    features(st.c, st.wordAt, st.tagAt, slots, features);
    float[] h = st.h;
    System.arraycopy(base, 0, h, 0, hidden);
    float[][] terms = st.terms;
    int count = 0;
    for (int j = 0; j < FEATURES; j++) {
      if (features[j] == none[j]) {
        continue; // in the base already
      }
      float[] v;
      if (j < WORD_FEATURES) {
        v = st.words[j][slots[j]];
        if (v == null) {
          v = known(j, features[j]);
          st.words[j][slots[j]] = v = v != null ? v : delta(j, features[j]);
        }
      } else {
        v = known(j, features[j]);
        if (v == null) {
          v = delta(j, features[j]);
        }
      }
      terms[count++] = v;
    }
    int k = 0;
    for (; k + 3 < count; k += 4) {
      add4(h, terms[k], terms[k + 1], terms[k + 2], terms[k + 3]);
    }
    for (; k < count; k++) {
      add(h, terms[k]);
    }
  }

  /** The highest-scoring transition that applies (CoreNLP's choice, tested best first). */
  private int best(Configuration c, float[] scores) {
    while (true) {
      int best = -1;
      for (int t = 0; t < transitions.length; t++) {
        if (scores[t] > Float.NEGATIVE_INFINITY && (best < 0 || scores[t] > scores[best])) {
          best = t;
        }
      }
      if (best < 0 || system.canApply(c, transitions[best])) {
        return best;
      }
      scores[best] = Float.NEGATIVE_INFINITY;
    }
  }

  /**
   * CoreNLP's 48 features of a configuration (its {@code getFeatures}, in the same order): words,
   * tags and labels of the top three stack and buffer tokens and of the first two stack tokens'
   * children; {@code slots} receives the position slot of each word feature.
   */
  private void features(Configuration c, int[] wordAt, int[] tagAt, int[] slots, int[] out) {
    int w = 0;
    int p = WORD_FEATURES;
    int l = WORD_FEATURES + POS_FEATURES;
    for (int j = 2; j >= 0; j--) {
      int k = c.getStack(j);
      slots[w] = k + 1;
      out[w++] = wordAt[k + 1];
      out[p++] = tagAt[k + 1];
    }
    for (int j = 0; j <= 2; j++) {
      int k = c.getBuffer(j);
      slots[w] = k + 1;
      out[w++] = wordAt[k + 1];
      out[p++] = tagAt[k + 1];
    }
    for (int j = 0; j <= 1; j++) {
      int k = c.getStack(j);
      int[] children = {
        c.getLeftChild(k),
        c.getRightChild(k),
        c.getLeftChild(k, 2),
        c.getRightChild(k, 2),
        c.getLeftChild(c.getLeftChild(k)),
        c.getRightChild(c.getRightChild(k))
      };
      for (int index : children) {
        slots[w] = index + 1;
        out[w++] = wordAt[index + 1];
        out[p++] = tagAt[index + 1];
        out[l++] = parser.getLabelID(c.getLabel(index));
      }
    }
  }

  /** The product computed at load time for feature j and this id, or null. */
  private float[] known(int j, int id) {
    int k = id - first[j];
    return k >= 0 && k < table[j].length ? table[j][k] : null;
  }

  /** Feature j's product for id less its product for "none". */
  private float[] delta(int j, int id) {
    float[] v = product(j, id);
    float[] n = noneProduct[j];
    for (int i = 0; i < v.length; i++) {
      v[i] -= n[i];
    }
    return v;
  }

  /** Feature j's slice of the first layer times the embedding of id. */
  private float[] product(int j, int id) {
    float[] v = new float[hidden];
    float[] e = embeddings[id];
    float[][] w = w1[j];
    int k = 0;
    for (; k + 3 < embedding; k += 4) {
      axpy4(v, w[k], e[k], w[k + 1], e[k + 1], w[k + 2], e[k + 2], w[k + 3], e[k + 3]);
    }
    for (; k < embedding; k++) {
      axpy(v, w[k], e[k]);
    }
    return v;
  }

  // small loops of their own over whole arrays, which the JIT compiles to vector instructions
  // (about 2.5 times faster than the same loops at an offset into one large array)

  /** y += a * x, for arrays of y's length. */
  private static void axpy(float[] y, float[] a, float x) {
    for (int i = 0; i < y.length; i++) {
      y[i] = y[i] + a[i] * x;
    }
  }

  /** y += a * x + b * u + c * v + d * w: four rows at a time, y read and written once. */
  private static void axpy4(
      float[] y, float[] a, float x, float[] b, float u, float[] c, float v, float[] d, float w) {
    for (int i = 0; i < y.length; i++) {
      y[i] = y[i] + a[i] * x + b[i] * u + c[i] * v + d[i] * w;
    }
  }

  /** y += a + b + c + d. */
  private static void add4(float[] y, float[] a, float[] b, float[] c, float[] d) {
    for (int i = 0; i < y.length; i++) {
      y[i] = y[i] + a[i] + b[i] + c[i] + d[i];
    }
  }

  private static float cube(float x) {
    return x * x * x;
  }

  /** y += v, for arrays of y's length. */
  private static void add(float[] y, float[] v) {
    for (int i = 0; i < y.length; i++) {
      y[i] = y[i] + v[i];
    }
  }

  /** The parse as CoreNLP's predict returns it: typed dependencies in a grammatical structure. */
  private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    try {
      for (int i = 1; i <= tokens.size(); i++) {
        int head = c.getHead(i);
        IndexedWord word = new IndexedWord(tokens.get(i - 1));
        IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation rel =
            head == 0
                ? GrammaticalRelation.ROOT
                : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
        deps.add(new TypedDependency(rel, governor, word));
      }
      return (GrammaticalStructure) structure.invoke(parser, deps, new TreeGraphNode(root));
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("dependency parser: " + e.getMessage(), e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Method method(String name, Class<?>... types) throws NoSuchMethodException {
    Method m = DependencyParser.class.getDeclaredMethod(name, types);
    m.setAccessible(true);
    return m;
  }
}
