package org.sitrep.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The one place that writes CoreNLP's string-keyed configuration, from typed settings. */
final class CoreNlpProperties {
  private static final String NER_3CLASS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  private static final String NER_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /**
   * The parser's own options. sitrep scores with {@link FastParser}, which computes its products
   * itself, so CoreNLP precomputes none at load time (saves about a second of start-up); its cache
   * of computed products only serves the fallback to CoreNLP's scorer.
   */
  static final int PARSER_PRECOMPUTED = 0;

  static final int PARSER_CACHED = 5_000;

  /**
   * How many of the most frequent words {@link FastParser} computes first-layer products for at
   * load time, at each of the 18 word positions (README, "Speed").
   */
  static final int FAST_PARSER_WORDS = 1_000;

  /** CoreNLP's truecaser (in the English models jar) and its list of mixed-case words. */
  static final String TRUECASE_MODEL =
      "edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz";

  static final String TRUECASE_MIXED = "edu/stanford/nlp/models/truecase/MixDisambiguation.list";

  private CoreNlpProperties() {}

  static List<String> annotators(NlpSettings s) {
    List<String> a = new ArrayList<>(List.of("tokenize", "ssplit", "pos", "lemma"));
    if (s.ner() != NlpSettings.Ner.NONE) {
      a.add("ner");
    }
    if (s.dependencies()) {
      a.add("depparse");
    }
    return a;
  }

  /** A fresh Properties object; CoreNLP is never handed one it could share with a caller. */
  static Properties of(NlpSettings s) {
    return of(s, annotators(s));
  }

  /** The neural dependency parser's own options (its {@code depparse.} properties unprefixed). */
  static Properties parser() {
    Properties p = new Properties();
    p.setProperty("numPreComputed", Integer.toString(PARSER_PRECOMPUTED));
    p.setProperty("numCached", Integer.toString(PARSER_CACHED));
    return p;
  }

  /** The settings' options for a pipeline of some of their annotators, in this order. */
  static Properties of(NlpSettings s, List<String> annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", annotators));
    p.setProperty("tokenize.language", "en");
    if (s.newlineEndsSentence()) {
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    }
    switch (s.ner()) {
      case NONE, STOCK -> {}
      case CRF_3CLASS -> fastNer(p, NER_3CLASS);
      case CRF_3_AND_4CLASS -> fastNer(p, NER_3CLASS + "," + NER_4CLASS);
    }
    return p;
  }

  private static void fastNer(Properties p, String models) {
    p.setProperty("ner.model", models);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
  }
}
