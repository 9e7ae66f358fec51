package org.sitrep.model;

/**
 * One token as the NLP stage saw it.
 *
 * @param index position in the document (0-based, across sentences)
 * @param word the token text as it appears in the document
 * @param lemma its lemma, lower case for common words
 * @param pos Penn Treebank part-of-speech tag
 * @param ner coarse named-entity label ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION},
 *     {@code MISC}) or {@code O}
 * @param span where it is in the document text
 * @param cased the word as the tagger read it: where the NLP stage truecased a text or sentence
 *     written in capitals, its truecased form ({@code "SAID"} read as {@code "said"}), else {@code
 *     word}; rules that ask whether a word is capitalised read this
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, Span span, String cased) {
  /** A token whose text was read as written. */
  public Token(int index, String word, String lemma, String pos, String ner, Span span) {
    this(index, word, lemma, pos, ner, span, word);
  }

  /** Whether the NLP stage read this token in another case than it is written. */
  public boolean recased() {
    return !cased.equals(word);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }

  /** Whether the word, as the tagger read it ({@link #cased}), begins with a capital. */
  public boolean isCapitalised() {
    return !cased.isEmpty() && Character.isUpperCase(cased.codePointAt(0));
  }
}
