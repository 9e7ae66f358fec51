package org.sitrep.nlp.corenlp;

/**
 * What the NLP stage runs.
 *
 * @param ner which named-entity recogniser, if any
 * @param dependencies whether to run the neural dependency parser
 * @param newlineEndsSentence whether a line break always ends a sentence (texts with one paragraph
 *     a line; hard-wrapped lines are joined by the clean stage before this)
 * @param truecase whether to truecase text written mostly in capitals, or sentences in capitals or
 *     headline case, before tagging (the tokens keep their own characters and offsets)
 */
public record NlpSettings(
    Ner ner, boolean dependencies, boolean newlineEndsSentence, boolean truecase) {
  /** Named-entity recognisers. */
  public enum Ner {
    /** No NER: tokens, sentences, parts of speech and lemmas only. */
    NONE,
    /** The 3-class CRF (person, location, organisation) alone: fast. */
    CRF_3CLASS,
    /** The 3-class and the 4-class (adds MISC: nationalities, events) CRFs combined. */
    CRF_3_AND_4CLASS,
    /** CoreNLP's stock {@code ner}: CRFs, numeric classifiers, SUTime and fine-grained KBP. */
    STOCK
  }

  /**
   * What sitrep runs by default, chosen by measurement (README, "Speed"): the 3-class CRF and the
   * dependency parser (on the sentences a {@link org.sitrep.nlp.ParseSelector} picks), truecasing
   * of capitals.
   */
  public static NlpSettings sitrep() {
    return new NlpSettings(Ner.CRF_3CLASS, true, true, true);
  }

  /** Stock CoreNLP {@code tokenize,ssplit,pos,lemma,ner,depparse}, the benchmark baseline. */
  public static NlpSettings stock() {
    return new NlpSettings(Ner.STOCK, true, false, false);
  }

  public NlpSettings withDependencies(boolean on) {
    return new NlpSettings(ner, on, newlineEndsSentence, truecase);
  }

  public NlpSettings withNer(Ner value) {
    return new NlpSettings(value, dependencies, newlineEndsSentence, truecase);
  }

  public NlpSettings withTruecase(boolean on) {
    return new NlpSettings(ner, dependencies, newlineEndsSentence, on);
  }
}
