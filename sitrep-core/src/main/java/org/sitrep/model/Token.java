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
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {
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

  public boolean isCapitalised() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
