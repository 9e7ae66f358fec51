package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TrueCaseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.Dependency;
import org.sitrep.model.NameMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.ParseSelector;

/**
 * Runs Stanford CoreNLP and converts its output into sitrep records right away. Build one per
 * process (loading takes seconds); {@link #annotate} is safe to call from many threads.
 *
 * <p>With dependencies on and a {@link ParseSelector}, it tags every sentence first ({@code
 * tokenize,ssplit,pos,lemma,ner}), then runs CoreNLP's neural dependency parser itself on the
 * sentences the selector accepts and converts its Enhanced++ Universal Dependencies; the other
 * sentences get no dependencies. Without a selector it runs CoreNLP's own {@code depparse}
 * annotator on every sentence, as stock CoreNLP does.
 */
public final class CoreNlpAnnotator implements Annotator {
  /** The CoreNLP release on the classpath, for provenance. */
  public static final String CORENLP_VERSION = "4.5.10";

  private final NlpSettings settings;
  private final StanfordCoreNLP tokenizer; // tokenize,ssplit when truecasing, else null
  private final StanfordCoreNLP pipeline; // the rest (all annotators when not truecasing)
  private final ParseSelector selector; // null: CoreNLP's depparse (if on) parses every sentence
  private final DependencyParser parser; // null unless selective parsing is on
  private final FastParser fastParser; // CoreNLP's parser, scored faster; null: use parser's own
  private volatile TrueCaseAnnotator truecaser; // loaded on the first text that needs it

  /** CoreNLP's annotators as the settings say, {@code depparse} on every sentence if on. */
  public CoreNlpAnnotator(NlpSettings settings) {
    this(settings, null, false);
  }

  /**
   * The settings' annotators, with the dependency parser (if on) run only on the sentences {@code
   * selector} accepts. The parser loads while the taggers do.
   */
  public CoreNlpAnnotator(NlpSettings settings, ParseSelector selector) {
    this(settings, java.util.Objects.requireNonNull(selector, "selector"), true);
  }

  private CoreNlpAnnotator(NlpSettings settings, ParseSelector selector, boolean selective) {
    this.settings = settings;
    boolean ownParser = selective && settings.dependencies();
    this.selector = ownParser ? selector : null;
    CompletableFuture<DependencyParser> loading =
        ownParser
            ? CompletableFuture.supplyAsync(
                () ->
                    DependencyParser.loadFromModelFile(
                        DependencyParser.DEFAULT_MODEL, CoreNlpProperties.parser()))
            : null;
    CompletableFuture<FastParser> fast =
        ownParser
            ? loading.thenApply(p -> FastParser.of(p, CoreNlpProperties.FAST_PARSER_WORDS))
            : null;
    List<String> annotators = new ArrayList<>(CoreNlpProperties.annotators(settings));
    if (ownParser) {
      annotators.remove("depparse");
    }
    if (settings.truecase()) {
      List<String> tokenizing = List.of("tokenize", "ssplit");
      annotators.removeAll(tokenizing);
      this.tokenizer = new StanfordCoreNLP(CoreNlpProperties.of(settings, tokenizing));
      this.pipeline = new StanfordCoreNLP(CoreNlpProperties.of(settings, annotators), false);
    } else {
      this.tokenizer = null;
      this.pipeline = new StanfordCoreNLP(CoreNlpProperties.of(settings, annotators));
    }
    this.parser = ownParser ? loading.join() : null;
    this.fastParser = ownParser ? fast.join() : null;
  }

  /** Drops CoreNLP's process-wide model cache, so that the next pipeline loads from scratch. */
  public static void clearCaches() {
    StanfordCoreNLP.clearAnnotatorPool();
  }

  public NlpSettings settings() {
    return settings;
  }

  @Override
  public String description() {
    return "corenlp "
        + CORENLP_VERSION
        + " "
        + String.join(",", CoreNlpProperties.annotators(settings))
        + " ner="
        + settings.ner().name().toLowerCase(java.util.Locale.ROOT)
        + (parser == null
            ? ""
            : " depparse=selected sentences (english_UD, enhanced++ UD, "
                + (fastParser != null
                    ? "fast scorer, " + CoreNlpProperties.FAST_PARSER_WORDS + " words precomputed"
                    : "CoreNLP scorer, numCached=" + CoreNlpProperties.PARSER_CACHED)
                + ")")
        + (settings.truecase() ? " truecase=text or sentences in capitals or headline case" : "");
  }

  @Override
  public AnnotatedDocument annotate(CleanDocument document) {
    Annotation annotation = new Annotation(document.text());
    if (document.published() != null) {
      annotation.set(
          CoreAnnotations.DocDateAnnotation.class,
          document.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    if (tokenizer != null) {
      tokenizer.annotate(annotation);
      truecase(annotation, document.text());
    }
    pipeline.annotate(annotation);
    return convert(document, annotation);
  }

  /**
   * Truecases, before tagging, the whole text if most of its letters are capitals, else each
   * sentence that is: the tagger, lemmatiser, recogniser and parser then read the truecased words,
   * while tokens keep their original characters and offsets ({@code originalText}).
   */
  private void truecase(Annotation annotation, String text) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    boolean whole = Capitals.mostlyCapitals(text);
    List<CoreMap> chosen = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<String> words = new ArrayList<>();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(l.originalText() != null ? l.originalText() : l.word());
      }
      if (whole ? Capitals.hasLetters(words) : Capitals.needsTruecasing(words)) {
        chosen.add(s);
      }
    }
    if (chosen.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    TrueCaseAnnotator t = truecaser();
    synchronized (t) {
      // CoreNLP's truecaser keeps per-call state in its classifier: two texts truecased at once
      // on two threads came out differently from the same texts one by one (KillResumeIT)
      t.annotate(part);
    }
  }

  private TrueCaseAnnotator truecaser() {
    TrueCaseAnnotator t = truecaser;
    if (t == null) {
      synchronized (this) {
        t = truecaser;
        if (t == null) {
          t =
              new TrueCaseAnnotator(
                  CoreNlpProperties.TRUECASE_MODEL,
                  TrueCaseAnnotator.DEFAULT_MODEL_BIAS,
                  CoreNlpProperties.TRUECASE_MIXED,
                  true,
                  false);
          truecaser = t;
        }
      }
    }
    return t;
  }

  private AnnotatedDocument convert(CleanDocument document, Annotation annotation) {
    List<Sentence> sentences = new ArrayList<>();
    List<NameMention> names = new ArrayList<>();
    int tokenBase = 0;
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Token>> tokenLists = new ArrayList<>(coreSentences.size());
    List<Integer> bases = new ArrayList<>(coreSentences.size());
    for (CoreMap cs : coreSentences) {
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String word = l.originalText() != null ? l.originalText() : l.word();
        String ner = l.ner() == null ? "O" : l.ner();
        // the truecaser overwrote word() with the form the tagger read; other rewrites of the
        // tokenizer (quotes, brackets) are not a change of case
        String cased = l.word() != null && l.word().equalsIgnoreCase(word) ? l.word() : word;
        tokens.add(
            new Token(
                tokenBase + i,
                word,
                l.lemma() == null ? word : l.lemma(),
                l.tag() == null ? "" : l.tag(),
                ner,
                new Span(l.beginPosition(), l.endPosition()),
                cased));
      }
      tokenLists.add(tokens);
      bases.add(tokenBase);
      collectNames(tokens, document.text(), names);
      tokenBase += tokens.size();
    }
    List<List<Dependency>> deps = dependencies(coreSentences, tokenLists, bases);
    for (int k = 0; k < coreSentences.size(); k++) {
      List<Token> tokens = tokenLists.get(k);
      Span span =
          tokens.isEmpty()
              ? new Span(0, 0)
              : new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
      sentences.add(new Sentence(k, span, tokens, deps.get(k)));
    }
    return new AnnotatedDocument(document, sentences, names);
  }

  /**
   * Each sentence's dependencies: CoreNLP's own (stock), or those of the selected sentences, parsed
   * together; none for the others.
   */
  private List<List<Dependency>> dependencies(
      List<CoreMap> coreSentences, List<List<Token>> tokenLists, List<Integer> bases) {
    List<List<Dependency>> out = new ArrayList<>(coreSentences.size());
    List<Integer> chosen = new ArrayList<>();
    for (int k = 0; k < coreSentences.size(); k++) {
      if (parser == null) {
        out.add(dependencies(coreSentences.get(k), bases.get(k)));
      } else {
        out.add(List.of());
        if (!tokenLists.get(k).isEmpty() && selector.parse(tokenLists.get(k))) {
          chosen.add(k);
        }
      }
    }
    if (chosen.isEmpty()) {
      return out;
    }
    List<CoreMap> toParse = new ArrayList<>(chosen.size());
    for (int k : chosen) {
      toParse.add(coreSentences.get(k));
    }
    List<GrammaticalStructure> parses;
    if (fastParser != null) {
      parses = fastParser.predict(toParse);
    } else {
      parses = new ArrayList<>(toParse.size());
      for (CoreMap cs : toParse) {
        parses.add(parser.predict(cs));
      }
    }
    for (int i = 0; i < chosen.size(); i++) {
      int k = chosen.get(i);
      out.set(k, enhanced(parses.get(i), bases.get(k)));
    }
    return out;
  }

  /** A parse as the Enhanced++ graph CoreNLP's depparse would store. */
  private static List<Dependency> enhanced(GrammaticalStructure gs, int tokenBase) {
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            gs,
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null);
    return dependencies(graph, tokenBase);
  }

  private static List<Dependency> dependencies(CoreMap sentence, int tokenBase) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
    return graph == null ? List.of() : dependencies(graph, tokenBase);
  }

  private static List<Dependency> dependencies(SemanticGraph graph, int tokenBase) {
    List<Dependency> deps = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      deps.add(new Dependency("root", -1, tokenBase + root.index() - 1));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      deps.add(
          new Dependency(
              e.getRelation().toString(),
              tokenBase + e.getGovernor().index() - 1,
              tokenBase + e.getDependent().index() - 1,
              e.isExtra()));
    }
    return deps;
  }

  /** Runs of tokens with the same entity label (the CRFs label tokens, not spans). */
  private static void collectNames(List<Token> tokens, String text, List<NameMention> out) {
    int i = 0;
    while (i < tokens.size()) {
      String label = tokens.get(i).ner();
      if (label.equals("O")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(label)) {
        j++;
      }
      Span span = new Span(tokens.get(i).start(), tokens.get(j).end());
      String coarse = coarse(label);
      if (coarse != null) {
        out.add(
            new NameMention(
                coarse, span, tokens.get(i).index(), tokens.get(j).index(), span.of(text)));
      }
      i = j + 1;
    }
  }

  /**
   * Stock NER's fine labels (CITY, COUNTRY, …) folded into the four coarse ones; null for labels
   * that are not names (dates, numbers, titles).
   */
  private static String coarse(String label) {
    return switch (label) {
      case "PERSON", "LOCATION", "ORGANIZATION", "MISC" -> label;
      case "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOCATION";
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
      default -> null;
    };
  }
}
